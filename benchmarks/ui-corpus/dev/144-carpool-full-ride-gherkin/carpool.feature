Feature: Car sharing to work

  Scenario: A full ride takes no more passengers
    Given the Leeds to Manchester ride on Friday is open
    Then it says 2 seats left
    When I click Join ride without typing a name
    Then an error asks me for my name
    And there is still only 1 passenger on the list
    When I enter Sam as my name and join
    And I type Ola and click Join ride
    Then the error says Ola is already on this ride
    When I add Priya as well
    Then 3 passengers are listed and the counter shows 0 seats left
    And Join ride is disabled
    And This ride is full is displayed
    When I press Leave next to Sam
    Then the counter shows 1 seat left and Sam is gone from the list
    And the Join ride button is enabled again
    But the ride full message has disappeared

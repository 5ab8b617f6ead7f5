Feature: Allotment waiting list

  Scenario: Joining and leaving the allotment waiting list
    Given the allotment waiting list page is open
    Then 2 people are waiting
    When I enter Nadia Khan as name and LS6 2AB as postcode and press Join list
    Then I see an error that only BS postcodes can join
    And 2 people are still waiting
    When I change the postcode to BS7 8QT, choose Half plot and join
    Then Nadia Khan is third on the list with a Half plot
    And the counter says 3 people waiting
    And the name field is empty again
    And Full plot is selected again
    When I withdraw the first person on the list
    Then Tom Reed is no longer listed
    And Nadia Khan has moved up to number 2
    And no error is shown

Feature: Seat selection during check-in

  Scenario Outline: The summary describes the seat I pick
    Given the seat map for flight TD 482 is open
    Then the summary says "No seat selected"
    And the "Continue to payment" button is disabled
    When I click seat <seat>
    Then the summary says "<summary>"
    And the "Continue to payment" button is enabled

    Examples:
      | seat | summary                              |
      | 3A   | Seat 3A · window · included          |
      | 4B   | Seat 4B · middle · included          |
      | 1D   | Seat 1D · aisle · extra legroom +€35 |
      | 6F   | Seat 6F · window · included          |

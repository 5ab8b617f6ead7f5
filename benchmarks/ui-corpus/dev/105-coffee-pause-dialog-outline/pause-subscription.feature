Feature: Pausing a coffee subscription

  Scenario Outline: Skipping deliveries moves the next delivery
    Given my coffee subscription page is open
    And the status reads Next delivery: 14 March
    When I press Pause deliveries
    And I choose <how long> in the dialog
    Then the dialog says my next delivery will be on <next date>
    When I press Confirm pause
    Then the dialog is closed
    And the status reads Paused until <next date>
    And there is a Resume now button instead of Pause deliveries

    Examples:
      | how long          | next date |
      | Skip 1 delivery   | 28 March  |
      | Skip 2 deliveries | 11 April  |
      | Skip 4 deliveries | 9 May     |

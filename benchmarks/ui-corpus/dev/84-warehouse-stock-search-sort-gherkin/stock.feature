Feature: Warehouse stock overview

  Scenario: Searching and sorting the stock list
    Given I am on the stock overview for Warehouse Rotterdam
    When I type "bolt" into the search box
    Then I see "Showing 3 of 5 items"
    And "Wing nut" is not in the list
    When I click the "Qty on hand" column header
    Then the items are in this order: "Carriage bolt", "M8 hex bolt", "M6 hex bolt"
    When I click the "Qty on hand" column header again
    Then "M6 hex bolt" comes first
    When I search for "gasket"
    Then the text "No items match “gasket”" is displayed
    And "Showing 0 of 5 items" is shown

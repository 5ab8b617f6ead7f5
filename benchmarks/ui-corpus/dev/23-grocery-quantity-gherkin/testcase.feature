Feature: Grocery list quantities

  Scenario: Quantities outside 1 to 99 are refused
    Given the grocery list is empty
    When I enter Oranges in the Item field
    And I enter 120 in the Quantity field
    And I click "Add to list"
    Then the error "Quantity must be between 1 and 99" is shown
    When I enter 6 in the Quantity field
    And I click "Add to list"
    Then I see "6 × Oranges"
    And the total reads "6 items to buy"
    And the Quantity field contains "1"

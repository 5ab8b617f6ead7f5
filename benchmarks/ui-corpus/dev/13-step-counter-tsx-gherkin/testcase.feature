Feature: Reading tracker counter

  Scenario: Counting pages in steps and never below zero
    Given the reading tracker is open
    And the "Reset" button is disabled
    When I select "5" from the Step dropdown
    And I click "Add pages" 3 times
    Then the Pages read counter shows "15"
    And the "Reset" button is enabled
    When I select "10" from the Step dropdown
    And I click "Remove pages" twice
    Then the Pages read counter shows "0"

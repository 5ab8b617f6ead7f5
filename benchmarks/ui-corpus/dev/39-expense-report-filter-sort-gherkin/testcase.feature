Feature: Filtering and sorting the monthly expense report

  Scenario: Only travel expenses, most expensive first
    Given the March expense report is open
    And the report says "Showing 6 of 6 expenses"
    When I set the Category filter to Travel
    Then the report says "Showing 3 of 6 expenses"
    And the total is €367.50
    And "Team lunch" is no longer in the table
    When I choose Amount (high to low) under Sort by
    Then the expenses appear in this order: Hotel Lyon, Train to Lyon, Taxi to airport

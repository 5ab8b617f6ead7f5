Feature: Reading list shelves

  Scenario: Switching shelves filters the books
    Given I am on the reading list
    Then "4 books on this shelf" is displayed
    When I click the "Finished" button
    Then "2 books on this shelf" is displayed
    And "Kindred" is listed
    And "Piranesi" is not listed
    When I click "Wishlist"
    Then "Middlemarch" is listed
    And "1 books on this shelf" is displayed

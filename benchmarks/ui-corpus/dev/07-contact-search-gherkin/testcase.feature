Feature: Searching the people directory

  Scenario: Narrowing the directory by team and by name
    Given the people directory is open
    And the result count reads "4 of 4 people"
    When I choose "Engineering" from the Team dropdown
    Then the result count reads "2 of 4 people"
    And "Bruno Keller" is listed
    When I type "chen" into the search box
    Then the result count reads "1 of 4 people"
    And "Bruno Keller" is not listed
    When I type "zoe" into the search box
    Then the message "No one matches your search" is shown

Feature: Searching this week's flights

  Scenario: A destination without flights says so
    Given the flight search is open
    When I type "Oslo" into the Destination field
    And I press Enter
    Then I see "No flights to \"Oslo\" this week"
    And 0 flights are listed

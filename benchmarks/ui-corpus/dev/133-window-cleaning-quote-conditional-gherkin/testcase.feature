Feature: Window cleaning quote

  Scenario: The questions asked follow the type of property
    Given I am on the window cleaning quote page
    Then neither House nor Flat is selected
    And there is no Storeys dropdown and no floor question
    And Get quote is disabled
    When I choose Flat
    Then a Which floor? box appears
    But the Storeys dropdown is still not shown
    When I type 6 into Which floor?
    Then I'm told that flats are only cleaned up to the 4th floor
    And Get quote cannot be clicked
    When I switch to House, pick 2 storeys and tick Conservatory roof
    Then the floor question and the warning have disappeared
    When I click Get quote
    Then the quote reads Your quote: £39 every 4 weeks

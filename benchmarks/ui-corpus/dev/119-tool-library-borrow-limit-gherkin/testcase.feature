Feature: Borrowing from the tool library

  Scenario: No more than three tools can be borrowed at once
    Given I am on the tool library catalogue with an empty basket
    When I add the hedge trimmer, the wallpaper steamer and the tile cutter to my basket
    Then the basket counter in the header shows 3
    And the Add to basket buttons of the two remaining tools are disabled
    And a note says You can borrow up to 3 tools at a time
    When I take the wallpaper steamer out of the basket with its cross button
    Then the basket counter shows 2
    And the pressure washer can be added again
    And the note about the limit has gone

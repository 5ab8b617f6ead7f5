Feature: Room occupancy rules
  Guests can only book a room that the whole party fits into.

  Scenario Outline: The booking button only appears when the party fits the room
    Given I am on the room selection page
    When I choose "<room>" as the room type
    And I set Adults to <adults> and Children to <children>
    And I press "Check room"
    Then I see "<message>"
    And the "Book this room" button is <button>

    Examples:
      | room         | adults | children | message                                   | button |
      | Single room  | 1      | 0        | 1 adult in a Single room                  | shown  |
      | Single room  | 1      | 1        | Single room sleeps at most 1 guest        | hidden |
      | Double room  | 2      | 1        | Double room sleeps at most 2 guests       | hidden |
      | Family suite | 2      | 3        | 2 adults and 3 children in a Family suite | shown  |
      | Family suite | 3      | 1        | Family suite takes at most 2 adults       | hidden |
      | Double room  | 0      | 2        | Every room needs at least one adult       | hidden |

Feature: Deleting a playlist

  Scenario: A playlist is only deleted after its name is typed in
    Given I am on my playlists page
    And the heading reads Your playlists (4)
    When I click Delete next to Road trip
    Then a dialog opens asking Delete Road trip?
    And the Delete playlist button in the dialog is disabled
    When I type Road trip into the confirmation field
    Then the button becomes enabled
    When I press the button
    Then the dialog closes
    And Road trip is no longer in the list
    And the list holds 3 playlists
    And the heading reads Your playlists (3)
    And the status line says Playlist deleted

Feature: Photo gallery albums

  Scenario: Picking an album shows only its photos, newest first
    Given `GET /api/photos` responds with:
      """
      [
        {"id": 11, "title": "Alfama rooftops", "album": "Lisbon", "taken": "2026-04-28"},
        {"id": 12, "title": "Snow on the pass", "album": "Dolomites", "taken": "2026-02-14"},
        {"id": 13, "title": "Harbour at dawn", "album": "Lisbon", "taken": "2026-05-02"},
        {"id": 14, "title": "Lago di Braies", "album": "Dolomites", "taken": "2026-02-16"},
        {"id": 15, "title": "Tram 28 at noon", "album": "Lisbon", "taken": "2026-05-03"}
      ]
      """
    When I open my photos
    Then the counter says Showing 5 of 5 photos
    When I choose Lisbon in the Album dropdown
    Then the counter says Showing 3 of 5 photos
    And the photos are in this order: Tram 28 at noon, Harbour at dawn, Alfama rooftops
    And Snow on the pass is not shown
    When I change Sort by to Oldest first
    Then Alfama rooftops comes first and Tram 28 at noon comes last
    And there are still 3 photos

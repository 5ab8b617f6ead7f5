Feature: Tide times from the tide service

  Scenario: Today's tides are listed and their heights switch to feet
    Given `GET /api/tides` responds with:
      """
      {"station": "Porthcawl", "tides": [{"type": "High", "time": "05:12", "height": 8.4}, {"type": "Low", "time": "11:31", "height": 1.2}, {"type": "High", "time": "17:40", "height": 8.1}, {"type": "Low", "time": "23:55", "height": 1.5}]}
      """
    When I open the tide page
    Then the heading says Tide times for Porthcawl
    And 4 tides are listed
    And the first one is the 05:12 high tide at 8.4 m
    When I tick Show heights in feet
    Then the first tide shows 27.6 ft
    And no height is given in metres any more

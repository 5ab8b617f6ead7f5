Feature: Weather forecast lookup

  Scenario: A known city shows its forecast
    Given `GET /api/weather` responds with:
      """
      {"city": "Porto", "summary": "Sunny", "high": 24}
      """
    And the forecast page is open
    When I type "Porto" in the City field
    And I click "Get forecast"
    Then the forecast reads "Porto: Sunny, 24°C"
    And no error is shown

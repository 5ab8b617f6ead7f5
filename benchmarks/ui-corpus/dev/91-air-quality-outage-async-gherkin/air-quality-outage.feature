Feature: Air quality dashboard when the sensor service is down

  Scenario: The dashboard says the data is unavailable instead of showing an empty day
    Given `GET /api/air-quality` responds with status 503
    When I open the air quality dashboard
    Then an alert tells me Air quality data is unavailable right now
    And the alert offers a Retry button
    And Loading readings… is no longer displayed
    And there is no readings table
    And the message No sensors have reported yet today. does not appear
    And the Download CSV button is disabled

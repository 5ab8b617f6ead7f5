Feature: Forecast widget

  Scenario: The forecast service is unavailable
    Given `GET /api/forecast` responds with status 503
    When I open the Bergen forecast
    Then an error says "We couldn't load the forecast (error 503)."
    And a "Try again" button is offered
    And no forecast table is shown
    And the text "Loading forecast…" is gone

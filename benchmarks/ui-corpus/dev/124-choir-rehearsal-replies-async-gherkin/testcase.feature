Feature: Replying to choir rehearsals

  Scenario: Replies are counted and answered rehearsals can be hidden
    Given `GET /api/rehearsals` responds with:
      """
      [{"id": 1, "date": "Tue 6 January", "venue": "St Mary's hall"}, {"id": 2, "date": "Tue 13 January", "venue": "St Mary's hall"}, {"id": 3, "date": "Sat 17 January", "venue": "Town hall, main stage"}, {"id": 4, "date": "Tue 20 January", "venue": "Community centre"}]
      """
    When I open my rehearsal calendar
    Then 4 rehearsals are shown and the summary says 0 of 4 answered
    When I answer Coming for Tue 6 January and Can't come for Sat 17 January
    Then the summary says 2 of 4 answered
    And Coming is shown pressed on the Tue 6 January row but not on the Sat 17 January row
    When I tick Hide answered
    Then only Tue 13 January and Tue 20 January are left in the list
    But Sat 17 January is no longer listed

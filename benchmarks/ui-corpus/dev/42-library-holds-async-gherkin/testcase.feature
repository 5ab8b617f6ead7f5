Feature: Library holds

  Scenario: Holds are grouped by whether they can be picked up
    Given `GET /api/holds` responds with:
      """
      [
        {"id": 7, "title": "The Overstory", "author": "Richard Powers", "status": "ready", "pickupBy": "14 May"},
        {"id": 9, "title": "Piranesi", "author": "Susanna Clarke", "status": "waiting", "position": 3},
        {"id": 12, "title": "Klara and the Sun", "author": "Kazuo Ishiguro", "status": "waiting", "position": 1}
      ]
      """
    When I open the My holds page
    Then the Ready for pickup section lists "The Overstory" with "Pick up by 14 May"
    And the Waiting section lists Piranesi with "You are number 3 in line"
    And the Waiting section lists "Klara and the Sun" with "You are number 1 in line"
    But I should not see "Nothing is ready for pickup yet"
    And The Overstory is not in the Waiting section

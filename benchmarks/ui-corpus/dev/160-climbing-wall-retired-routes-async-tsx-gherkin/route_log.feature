Feature: Climbing wall route log

  Scenario: Retired routes stay out of the log
    Given `GET /api/routes` responds with:
      """json
      [
        {"id": 1, "name": "Blue Crimps", "grade": "6a+", "colour": "blue", "wall": "Cave", "retired": false},
        {"id": 2, "name": "Pink Panther", "grade": "5c", "colour": "pink", "wall": "Slab", "retired": false},
        {"id": 3, "name": "Old Yellow", "grade": "6a+", "colour": "yellow", "wall": "Cave", "retired": true},
        {"id": 4, "name": "Green Mile", "grade": "6b", "colour": "green", "wall": "Arete", "retired": false},
        {"id": 5, "name": "Orange Squash", "grade": "5c", "colour": "orange", "wall": "Slab", "retired": false},
        {"id": 6, "name": "Black Hole", "grade": "7a", "colour": "black", "wall": "Cave", "retired": true}
      ]
      """
    When I open the route log
    Then 4 routes are listed
    And Old Yellow is not in the list
    And 7a is not offered in the Grade filter
    When I filter the grade to 6a+
    Then only Blue Crimps is shown
    When I mark it as sent with the tick button on its row
    Then the counter reads Sent 1 of 4 routes
    When I switch the grade filter back to All grades
    Then 4 routes are listed again
    And Blue Crimps is still marked as sent

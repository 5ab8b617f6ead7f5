Feature: Garden centre plant finder

  Scenario: Finding plants that are in stock for a shady border
    Given `GET /api/plants` responds with:
      """json
      [
        {"id": 1, "name": "Lavender", "light": "Full sun", "price": 6.5, "stock": 12},
        {"id": 2, "name": "Lily of the valley", "light": "Shade", "price": 5.25, "stock": 0},
        {"id": 3, "name": "Hosta", "light": "Shade", "price": 7.99, "stock": 5},
        {"id": 4, "name": "Foxglove", "light": "Partial shade", "price": 3.75, "stock": 8},
        {"id": 5, "name": "Lady fern", "light": "Shade", "price": 9.5, "stock": 2},
        {"id": 6, "name": "Rosemary", "light": "Full sun", "price": 4.0, "stock": 0}
      ]
      """
    When I open the plant finder
    Then 6 plants found is shown
    When I pick Shade from the Light dropdown
    Then 3 plants are listed and Lily of the valley is the last one
    And Foxglove is not in the list
    When I tick In stock only
    Then the count changes to 2 plants found
    And Lily of the valley has gone from the list
    When I sort by Price: high to low
    Then Lady fern comes first and Hosta second
    And the Lady fern card says Only 2 left
    And the In stock only box is still ticked

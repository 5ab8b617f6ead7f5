Feature: String shop basket respects stock

  Scenario: A string set can't be added beyond the stock we hold
    Given `GET /api/strings` responds with:
      """
      [
        {"id": "bw-10", "name": "Brightwound Light", "gauge": "10-46", "price": 6.99, "stock": 14},
        {"id": "bw-11", "name": "Brightwound Medium", "gauge": "11-52", "price": 6.99, "stock": 9},
        {"id": "sf-12", "name": "Silkfolk Phosphor Bronze", "gauge": "12-53", "price": 9.50, "stock": 2},
        {"id": "ny-nt", "name": "Nylon Classical", "gauge": "28-43", "price": 8.25, "stock": 0}
      ]
      """
    When I open the string shop
    Then 4 string sets are listed
    And Nylon Classical is out of stock and its Add to basket button is greyed out
    And Silkfolk Phosphor Bronze says only 2 left
    When I add Silkfolk Phosphor Bronze to the basket and press + on its basket line
    Then the line shows a quantity of 2 and its + button is disabled
    And the line tells me only 2 are in stock
    And the basket shows strings £19.00, postage £3.50 and a total of £22.50
    When I also add Brightwound Light
    Then postage becomes free and the total is £25.99

Feature: Swapping items in the weekly veg box

  Scenario: No more than two items can be swapped in a week
    Given `GET /api/veg-box` responds with:
      """json
      {
        "weekOf": "3 June",
        "size": "Medium",
        "price": 16.5,
        "items": [
          {"id": 1, "name": "Carrots"},
          {"id": 2, "name": "Kale"},
          {"id": 3, "name": "Leeks"},
          {"id": 4, "name": "New potatoes"},
          {"id": 5, "name": "Red onions"},
          {"id": 6, "name": "Courgettes"}
        ],
        "alternatives": ["Beetroot", "Spinach", "Butternut squash", "Sweetcorn"]
      }
      """
    When I open my veg box
    Then I see the Medium box for the week of 3 June with 6 vegetables in it
    And no swaps have been used yet
    When I swap the carrots for beetroot
    And I change kale to spinach
    Then the counter reads 2 of 2 swaps used
    And I'm told both swaps for this week are used
    And the leeks can't be swapped any more
    But the carrot swap can still be changed
    When I set the carrots back to Keep
    Then 1 of 2 swaps is used and the leeks dropdown works again
    When I swap the leeks for butternut squash and save my box
    Then the box shows Butternut squash (instead of Leeks) and Spinach (instead of Kale)
    And Carrots is back in the list
    And a message confirms my medium box for the week of 3 June is saved with 2 swaps

Feature: Promo codes at checkout

  Scenario Outline: Applying a promo code to an 80 euro basket
    Given the checkout shows "Subtotal: €80.00"
    When I enter "<code>" in the promo code box
    And I click Apply
    Then I should see "<message>"

    Examples:
      | code     | message                       |
      | SPRING10 | 10% off – new total €72.00    |
      | spring10 | 10% off – new total €72.00    |
      | FREESHIP | Free delivery applied         |
      | WINTER22 | This code expired on 31 March |
      | BOGUS    | "BOGUS" is not a valid code   |

Feature: Farm shop basket

  Scenario: Adding the same product twice gives a single basket line
    Given I'm on the Hollow Lane farm shop page
    When I open the free range eggs
    Then the address ends with #/product/eggs
    When I put 2 in the quantity and add them to the basket
    Then I see Added 2 to your basket
    And the header basket link shows 2
    When I continue shopping and add one sourdough loaf
    And I go back to the eggs and add 1 more box
    And I open my basket
    Then the address ends with #/basket
    And there are exactly two lines in the basket
    And the eggs line has a quantity of 3 and costs £7.50
    And the sourdough line costs £4.20
    And the total is £11.70
    And the basket link says Basket (4)

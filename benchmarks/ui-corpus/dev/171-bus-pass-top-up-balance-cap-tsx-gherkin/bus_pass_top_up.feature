Feature: Bus pass top-up

  A bus pass can hold at most £80.00, so a top-up that would take it over is refused.

  Scenario: Topping up past the £80 limit is refused
    Given I am on the top-up page and my pass balance is £12.50
    When I select £50 and click Top up
    Then the balance shows £62.50
    And today's top-ups list 1 payment of £50.00
    When I select £20 and click Top up
    Then an error says I can add up to £17.50 today
    And the balance still shows £62.50
    And there is still only 1 payment in today's top-ups
    When I select Other amount, enter 17.50 and click Top up
    Then the balance shows £80.00
    And no error is displayed
    And the Top up button is disabled

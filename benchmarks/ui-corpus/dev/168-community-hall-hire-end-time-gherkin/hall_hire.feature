Feature: Community hall hire

  Scenario: A booking that ends before it starts is refused
    Given the hall hire form is open
    When I choose Small meeting room, start at 19:00 and end at 18:00
    And I click Check price
    Then an error says the end time must be later than the start time
    And no price is shown
    And Request booking is disabled
    When I change the end time to 21:30 and click Check price again
    Then the price line reads 2.5 hours × £12.00 = £30.00
    And the error about the end time is gone
    When I tick the kitchen box and check the price
    Then the total is £40.00
    And Request booking is enabled

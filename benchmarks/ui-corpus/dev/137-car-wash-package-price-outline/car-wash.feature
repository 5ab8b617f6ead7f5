Feature: Car wash price check

  Scenario Outline: Total for a package, vehicle and tyre shine
    Given I am on the car wash price check
    When I choose <package> for a <vehicle>
    And I set Tyre shine to <shine>
    Then the price at the bottom says <total>
    And the Interior vacuum checkbox is <vacuum>

    Examples:
      | package    | vehicle    | shine    | total         | vacuum                 |
      | Basic wash | Small car  | unticked | Total: £6.00  | unticked               |
      | Deluxe     | Small car  | ticked   | Total: £12.00 | unticked               |
      | Valet      | SUV or van | ticked   | Total: £35.00 | ticked and greyed out  |
      | Deluxe     | SUV or van | unticked | Total: £13.00 | unticked               |

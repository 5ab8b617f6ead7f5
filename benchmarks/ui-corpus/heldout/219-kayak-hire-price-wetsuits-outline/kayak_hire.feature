Feature: Paddle hire prices on the River Wye

  Wetsuits are charged for every paddler the boat seats, so a tandem kayak
  or a Canadian canoe pays for two. A full day is a fixed price.

  Scenario Outline: Price for a boat, a hire length and optional wetsuits
    Given I am on the River Wye paddle hire page
    When I choose <craft> for <length>
    And I <wetsuits> wetsuit hire
    And I press Get price
    Then the price summary says <craft> for <paddlers>
    And the total is <total>

    Examples:
      | craft                | length   | wetsuits   | paddlers   | total   |
      | Single kayak         | 2 hours  | do not add | 1 paddler  | £30.00  |
      | Tandem kayak         | 3 hours  | add        | 2 paddlers | £84.00  |
      | Stand-up paddleboard | Full day | add        | 1 paddler  | £66.00  |
      | Canadian canoe       | 1 hour   | do not add | 2 paddlers | £28.00  |
      | Canadian canoe       | Full day | add        | 2 paddlers | £107.00 |

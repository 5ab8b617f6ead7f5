Feature: Piano tuning quote

  Scenario Outline: The quote depends on the piano, the last tuning and the distance
    Given the tuning quote page is open
    When I pick <piano> as the piano type
    And I enter <years> years since the last tuning
    And I choose <location> as the location and ask for a quote
    Then the pitch raise line says <pitch raise>
    And the quote total is <total>

    Examples:
      | piano      | years | location           | pitch raise | total   |
      | Upright    | 1     | In town            | not needed  | £80.00  |
      | Baby grand | 3     | Up to 20 miles out | £35.00      | £145.00 |
      | Grand      | 2     | 20 to 40 miles out | not needed  | £140.00 |
      | Upright    | 6     | 20 to 40 miles out | £35.00      | £145.00 |

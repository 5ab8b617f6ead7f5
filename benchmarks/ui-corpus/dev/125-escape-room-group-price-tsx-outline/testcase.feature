Feature: Escape room booking

  Scenario Outline: The price per player drops for bigger groups
    Given the booking page of The Clockmaker's Attic is open
    And the players counter starts at 2
    When I press the plus button <presses> times
    Then the counter shows <players>
    And the price line reads <each> per player, <total> in total
    And the plus button is <plus button>
    When I click Book now
    Then a confirmation dialog shows <players> players, <total> in total

    Examples:
      | presses | players | each | total | plus button |
      | 0       | 2       | £30  | £60   | enabled     |
      | 1       | 3       | £25  | £75   | enabled     |
      | 3       | 5       | £22  | £110  | enabled     |
      | 4       | 6       | £22  | £132  | disabled    |

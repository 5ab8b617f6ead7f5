Feature: Bike repair quote

  Scenario Outline: Quote for one job on different bikes
    Given the repair quote form is open
    When I set the bike type to <bike>
    And I tick the <job> job and pick <turnaround> turnaround
    And I ask for a quote
    Then the total shown is <total>
    And the quote says <ready>

    Examples:
      | bike     | job               | turnaround | total  | ready                    |
      | Road     | Puncture repair   | Standard   | £12.00 | Ready in 3 working days  |
      | Mountain | Gear tune         | Express    | £35.00 | Ready next working day   |
      | E-bike   | Brake adjustment  | Standard   | £25.00 | Ready in 3 working days  |
      | E-bike   | Chain replacement | Express    | £50.00 | Ready next working day   |
      | Hybrid   | Chain replacement | Standard   | £25.00 | Ready in 3 working days  |

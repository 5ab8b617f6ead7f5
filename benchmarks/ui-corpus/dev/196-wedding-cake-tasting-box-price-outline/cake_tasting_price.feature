Feature: Wedding cake tasting box price

  Scenario Outline: Price of a tasting box for the couple and their guests
    Given I am on the Rosehip Bakery cake tasting page
    When I pick the <flavours> flavours box and put <guests> in Guests at the tasting
    And I <icing> the icing style samples
    And I set delivery to <delivery>
    And I press Price my tasting
    Then the breakdown starts with the <flavours> flavour tasting box
    And the total comes to <total>
    And <lines> lines are listed in the price breakdown

    Examples:
      | flavours | guests | icing | delivery                | total  | lines |
      | 3        | 2      | skip  | Collect from the bakery | £15.00 | 1     |
      | 6        | 3      | add   | Collect from the bakery | £34.00 | 3     |
      | 9        | 4      | skip  | Local delivery          | £47.50 | 3     |
      | 3        | 1      | add   | Local delivery          | £26.50 | 3     |

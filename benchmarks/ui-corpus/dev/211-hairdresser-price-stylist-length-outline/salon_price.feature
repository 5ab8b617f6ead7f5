Feature: Salon price check

  Scenario Outline: Price and time depend on the service, hair length and stylist
    Given the salon price checker is open
    When I pick <service> as the service
    And my hair is <length>
    And I want the <stylist>
    And I click See price
    Then it costs <price>
    And I should allow about <minutes> minutes

    Examples:
      | service      | length | stylist        | price   | minutes |
      | Cut & finish | Short  | Senior stylist | £38.00  | 45      |
      | Colour       | Long   | Junior stylist | £52.00  | 120     |
      | Cut & colour | Medium | Art director   | £106.25 | 135     |
      | Blow-dry     | Long   | Art director   | £43.75  | 60      |
      | Cut & finish | Medium | Junior stylist | £34.40  | 60      |

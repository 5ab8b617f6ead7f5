Feature: Resident parking permits

  Scenario Outline: Permit price for a <vehicle> car in zone <zone>
    Given the resident parking permit page is open
    When I select zone <zone> and tick <vehicle> as the vehicle type
    And I choose <length> for the permit length and click Calculate price
    Then the page shows <result>
    And the Buy permit button is <buy>

    Examples:
      | zone | vehicle       | length    | result             | buy      |
      | A    | Petrol/diesel | 12 months | £180.00            | enabled  |
      | A    | Hybrid        | 3 months  | £27.00             | enabled  |
      | B    | Electric      | 12 months | £0.00              | enabled  |
      | B    | Petrol/diesel | 3 months  | £36.00             | enabled  |
      | C    | Hybrid        | 12 months | £45.00             | enabled  |
      | C    | Petrol/diesel | 3 months  | not sold in zone C | disabled |

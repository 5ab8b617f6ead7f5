Feature: Alteration quote at Stitch & Mend

  Scenario Outline: Quote for a single alteration, with or without express service
    Given the alteration quote page is open
    When I choose <garment> as the garment and <alteration> as the alteration
    And express service is <express>
    And I click Get quote
    Then the quote price is <price>
    And the quote says ready in <days> days

    Examples:
      | garment  | alteration    | express    | price  | days |
      | Trousers | Shorten hem   | not ticked | £12.00 | 7    |
      | Jacket   | Take in waist | ticked     | £52.50 | 2    |
      | Coat     | Replace zip   | not ticked | £45.00 | 7    |
      | Dress    | Shorten hem   | ticked     | £33.00 | 2    |

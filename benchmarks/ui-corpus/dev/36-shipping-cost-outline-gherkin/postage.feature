Feature: Postage calculator

  Scenario Outline: Postage depends on the weight and the destination
    Given the postage calculator is open
    When I enter <weight> in the Weight in kg field
    And I select "<zone>" from the Destination dropdown
    And I click "Get price"
    Then the result reads "<result>"

    Examples:
      | weight | zone              | result                           |
      | 1      | Domestic          | Postage: €4.50                   |
      | 2.5    | Europe            | Postage: €12.00                  |
      | 31     | Rest of the world | Parcels over 30 kg go by freight |
      | 0      | Domestic          | Enter a weight above 0 kg        |

Feature: Paint calculator

  Scenario Outline: Paint needed for one wall
    Given the paint calculator is open
    When I enter <width> as the wall width
    Then the Calculate button is still disabled
    When I enter <height> as the wall height
    And I pick <coats> in the Coats dropdown
    And I click Calculate
    Then the result shows <litres> litres
    And the advice is to buy <tins>

    Examples:
      | width | height | coats | litres | tins            |
      | 4     | 2.5    | 1     | 1.0    | 1 tin of 2.5 L  |
      | 5.2   | 2.4    | 2     | 2.5    | 1 tin of 2.5 L  |
      | 7     | 2.6    | 2     | 3.7    | 2 tins of 2.5 L |
      | 6     | 3      | 3     | 5.4    | 3 tins of 2.5 L |

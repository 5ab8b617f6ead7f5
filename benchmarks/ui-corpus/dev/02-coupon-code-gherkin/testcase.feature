Feature: Coupon codes on the order summary

  Scenario: An unknown coupon is refused and a known one lowers the total
    Given the order summary shows "Total: $80.00"
    When I enter "spring" in the Coupon code field
    And I click "Apply"
    Then the error "Coupon SPRING is not valid" is shown
    When I enter save10 in the Coupon code field
    And I click "Apply"
    Then I see "SAVE10 applied: -$8.00"
    And the total reads "Total: $72.00"
    And no error is shown

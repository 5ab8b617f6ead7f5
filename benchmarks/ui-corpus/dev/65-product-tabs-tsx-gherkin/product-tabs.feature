Feature: Product detail tabs

  Shoppers read the description, the specifications and the reviews of a
  product on one page, one tab at a time.

  Scenario: Only the chosen tab's content is shown
    Given I am on the Ridgeback Trail Shoe product page
    Then the "Description" tab is selected
    And I see "A lightweight shoe for rocky paths and wet grass."
    When I switch to the "Specifications" tab
    Then the "Specifications" tab is selected
    And the weight reads "290 g"
    But the description text is hidden
    When I open the "Reviews (2)" tab
    Then I see 2 reviews
    And the "Write a review" button is visible

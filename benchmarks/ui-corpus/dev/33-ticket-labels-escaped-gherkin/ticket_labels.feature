Feature: Labels on a support ticket

  Scenario: A label cannot be added to the same ticket twice
    Given the ticket editor is open
    When I type "Urgent" into the New label field
    And I press Enter
    And I type "urgent" into the New label field
    And I click "Add label"
    Then I see "\"urgent\" is already on this ticket"
    And 1 label is listed

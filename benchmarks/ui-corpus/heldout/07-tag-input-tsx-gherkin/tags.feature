Feature: Tagging a post

  Scenario: Duplicate tags are refused and tags can be removed
    Given the tag editor is open
    When I type "Travel" into the New tag field
    And I press the "Add tag" button
    Then "#travel" is shown
    When I type "travel" into the New tag field
    And I press the "Add tag" button
    Then the alert says "\"travel\" is already added"
    When I click "Remove travel"
    Then "#travel" is no longer shown

Feature: Work-in-progress limit on the team board

  Scenario: A fourth card cannot be started until one is finished
    Given the team board is open
    And the In progress column shows 2/3
    When I start Write release notes
    Then the In progress column shows 3/3
    And Write release notes is no longer in the To do column
    When I start Fix login redirect
    Then a warning says In progress is full
    And Fix login redirect is still in To do
    And In progress still holds 3 cards
    When I finish Review pricing page
    And I start Fix login redirect
    Then the warning has gone
    And Done lists Rotate API keys and Review pricing page
    And the In progress column shows 3/3

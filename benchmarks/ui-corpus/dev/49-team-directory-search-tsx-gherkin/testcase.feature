Feature: Searching the team directory

  Scenario: Searching by team name narrows the list
    Given `GET /api/team` responds with:
      """
      [
        {"name": "Aiko Tanaka", "team": "Design", "email": "aiko@example.com"},
        {"name": "Bruno Costa", "team": "Design", "email": "bruno@example.com"},
        {"name": "Chen Wei", "team": "Platform", "email": "chen@example.com"},
        {"name": "Dana Okafor", "team": "Support", "email": "dana@example.com"}
      ]
      """
    And the team directory has finished loading
    And it shows 4 people
    When I type design into the Search people box
    Then it shows 2 people
    And Aiko Tanaka and Bruno Costa are listed
    But Chen Wei is not listed
    When I search for zz instead
    Then the directory says No results for "zz"
    And nobody is listed

Feature: Renewing library loans online

  Scenario: A loan is renewed for two weeks, a maxed-out loan cannot be renewed
    Given `GET /api/loans` responds with:
      """
      [
        {"id": 7, "title": "The Left Hand of Darkness", "due": "2026-12-10", "renewals": 0},
        {"id": 9, "title": "Braiding Sweetgrass", "due": "2026-12-03", "renewals": 2}
      ]
      """
    And I am signed in and on the My loans page
    Then the page heading says "2 items on loan"
    And the renew button of "Braiding Sweetgrass" is disabled
    And "Renewal limit reached" is shown
    When I renew "The Left Hand of Darkness"
    Then "The Left Hand of Darkness" is due on 2026-12-24
    And its row reads "Renewed 1 of 2 times"

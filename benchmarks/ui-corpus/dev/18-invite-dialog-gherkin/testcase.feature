Feature: Inviting teammates

  Scenario: A bad address is rejected inside the dialog, a good one is sent
    Given the Team page is open
    When I click "Invite teammate"
    Then the dialog "Invite a teammate" is shown
    When I type "sam.example.org" in the Teammate email field
    And I click "Send invite"
    Then the error "That does not look like an email address" is shown
    And the dialog "Invite a teammate" is still shown
    When I type "sam@example.org" in the Teammate email field
    And I click "Send invite"
    Then the dialog is closed
    And I see "Invite sent to sam@example.org"

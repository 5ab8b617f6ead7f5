Feature: Cancelling a gym membership

  Scenario: The member has to confirm before the membership is cancelled
    Given I am signed in and on the Membership page
    And my membership status is "Active"
    When I click "Cancel membership"
    Then a dialog titled "Cancel your membership?" opens
    And the "Yes, cancel" button is disabled
    When I press "Keep my membership"
    Then the dialog is closed
    And the status still reads "Active"
    When I click "Cancel membership" again
    And I tick "I understand my locker will be emptied"
    And I click "Yes, cancel"
    Then the status changes to "Cancelled"
    And I see the message "Your membership ends on 28 February."
    And the "Cancel membership" button is no longer shown

Feature: Language exchange meetups when the meetup service fails

  Scenario: A server error is reported, not shown as an empty week
    Given `GET /api/meetups` responds with status 500
    When I open the language exchange meetups page
    Then I am told that this week's meetups couldn't be loaded
    And a Try again button is shown with the error
    And the Loading meetups text has gone
    But the page does not say there are no meetups this week
    And no meetup count is displayed
    And the Language dropdown is disabled

Feature: Finding a printed magazine to subscribe to

  Background:
    Given the magazine catalogue contains
      | title              | category | issues a year | price a year | digital only |
      | Orbit Monthly      | Science  | 12            | £54.00       | no           |
      | Lab Notes Weekly   | Science  | 52            | £39.00       | yes          |
      | Allotment Life     | Hobbies  | 12            | £42.00       | no           |
      | Model Rail Today   | Hobbies  | 13            | £58.50       | no           |
      | Weeknight Kitchen  | Food     | 24            | £30.00       | yes          |
      | The Sunday Digest  | News     | 52            | £96.00       | no           |
    And I have opened the magazine subscriptions page

  Scenario: Only printed science magazines are offered when print editions are wanted
    When I choose the Science category
    Then I see Orbit Monthly and Lab Notes Weekly
    When I tick Print editions only
    Then only Orbit Monthly is listed
    And Lab Notes Weekly is not listed any more
    When I subscribe to Orbit Monthly
    Then the basket shows 1 title at £54.00 a year
    And the Orbit Monthly button says In basket and cannot be pressed again
    When I switch the category to Food
    Then I am told that no magazines match my filters
    And Weeknight Kitchen is not offered
    And the basket still shows 1 title at £54.00 a year

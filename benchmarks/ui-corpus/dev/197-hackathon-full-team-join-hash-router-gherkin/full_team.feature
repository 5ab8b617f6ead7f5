Feature: Hackathon team sign-up

  Scenario: A full team can't be joined, the last place in another team can
    Given the hackathon team board is open
    Then three teams are listed
    And Byte Club shows 3 of 4 members
    And Null Pointers shows 4 of 4 members and is marked Full
    When I click Null Pointers
    Then the address ends in #/teams/null-pointers
    And the page says the team is full
    But there is no Join this team button
    When I go back to all teams and open Byte Club
    And I enter Priya Shah as my name, pick Designer and press Join this team
    Then Byte Club has 4 members, with Priya Shah (Designer) at the bottom of the list
    And the join form has been replaced by the team full notice
    When I go back to the list of teams
    Then Byte Club also says Full

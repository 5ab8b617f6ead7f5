Feature: Charity raffle ticket sales

  Scenario: One person cannot buy more than 20 tickets
    Given the Spring Hospice Raffle page is open
    When I type Priya Shah as the name and 25 as the number of tickets
    Then the Buy tickets button is disabled
    When I tick I am 16 or over and press Buy tickets
    Then an error tells me no more than 20 tickets can be sold per person
    And no ticket numbers are listed
    When I change the number of tickets to 7 and press Buy tickets again
    Then the error has disappeared
    And the thank you message says Priya Shah paid £12.00
    And 7 ticket numbers are listed
    And the first ticket number is 0001 and the last one is 0007

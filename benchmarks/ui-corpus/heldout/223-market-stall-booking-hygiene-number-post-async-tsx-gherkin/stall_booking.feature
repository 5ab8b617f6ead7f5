Feature: Booking a stall at the Riverside Farmers' Market

  Background:
    Given the stall booking service answers a new booking with reference SM-1042 and pitch "Row C, pitch 14"
    And I open the Book a stall page

  Scenario: A hot food stall is not booked without a hygiene registration number
    When I enter Hollow Tree Crêpes as the trading name
    And I choose the Hot food or drink stall for Sat 13 July
    And I tick Electric hook-up
    Then the stall fee shows £53.00
    When I press Book stall without filling in the food hygiene registration number
    Then I am told food stalls need a food hygiene registration number
    And no booking confirmation is shown
    And the form is still there to correct
    When I enter fh-22817 as the food hygiene registration number
    And I press Book stall
    Then the confirmation says Hollow Tree Crêpes has Row C, pitch 14 on Sat 13 July
    And it gives the reference SM-1042 and £53.00 to pay on the day
    And the error about the hygiene number has gone
    And the Book stall button is no longer on the page

Feature: Invoices page

  Scenario: The invoice service is failing
    Given `GET /api/invoices` responds with status 500
    When I open Billing > Invoices
    Then an error is shown: "We couldn't load your invoices (error 500)."
    And the "Download all" button is disabled
    And no outstanding balance is shown
    And the invoice table is not displayed

Feature: Hive inspection log

  Scenario: Narrowing the log to one apiary and sorting it by inspection date
    Given the inspection log is open and lists 8 hives
    When I choose Heath from the apiary dropdown
    Then only 3 hives are listed
    And the counter says Showing 3 of 8 hives
    When I click the Last inspected column header
    Then Bramble is in the first row
    And Foxglove is in the last row
    When I click that header once more
    Then Foxglove moves to the top of the table
    But no hive from the Orchard apiary appears

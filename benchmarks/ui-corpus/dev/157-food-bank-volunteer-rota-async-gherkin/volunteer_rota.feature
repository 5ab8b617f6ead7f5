Feature: Food bank volunteer rota

  Scenario: Signing up for weekend shifts
    Given `GET /api/shifts` responds with:
      """
      [{"id": 1, "day": "Saturday", "time": "09:00", "task": "Sorting donations", "slots": 4, "filled": 2}, {"id": 2, "day": "Saturday", "time": "13:00", "task": "Packing parcels", "slots": 3, "filled": 1}, {"id": 3, "day": "Sunday", "time": "10:00", "task": "Home deliveries", "slots": 2, "filled": 1}, {"id": 4, "day": "Sunday", "time": "14:00", "task": "Stock take", "slots": 2, "filled": 2}]
      """
    And I open the volunteer rota
    Then 4 shifts are listed
    And Sorting donations shows 2 of 4 volunteers
    And the Stock take shift is full and cannot be joined
    When I click Sign up on Sorting donations
    Then it shows 3 of 4 volunteers and its button says Signed up
    And the header says I am signed up for 1 shift
    When I sign up for Home deliveries as well
    And I try to sign up for Packing parcels
    Then an error says I can take at most 2 shifts
    And Packing parcels still shows 1 of 3 volunteers
    And I am still signed up for 2 shifts
    When I click Needs volunteers
    Then only 2 shifts are shown
    And Home deliveries is not among them

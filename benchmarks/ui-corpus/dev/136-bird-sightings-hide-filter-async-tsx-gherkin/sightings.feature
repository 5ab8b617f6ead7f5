Feature: Bird sightings log

  Scenario: Narrowing the log down to one hide and one species
    Given `GET /api/sightings` responds with:
      """
      [{"id": 1, "species": "Bittern", "count": 1, "site": "Marsh hide"}, {"id": 2, "species": "Nuthatch", "count": 3, "site": "Woodland trail"}, {"id": 3, "species": "Grey heron", "count": 2, "site": "Reservoir"}, {"id": 4, "species": "Lapwing", "count": 8, "site": "Marsh hide"}, {"id": 5, "species": "Tufted duck", "count": 34, "site": "Reservoir"}]
      """
    When I open today's sightings
    Then the table shows 5 sightings and the total says Birds counted: 48
    When I pick Marsh hide in the site dropdown
    Then only 2 rows are left, Bittern in the first row and Lapwing in the second
    And Nuthatch is not in the table
    And the total now reads Birds counted: 9
    When I go back to All sites and type heron in the search box
    Then there is 1 sighting: Grey heron
    And the total is 2

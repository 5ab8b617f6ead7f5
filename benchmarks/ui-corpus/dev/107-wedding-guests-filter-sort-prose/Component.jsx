import React, { useState } from "react";

// In the order the invitations went out.
const GUESTS = [
  { name: "Hugo Martel", rsvp: "No reply", meal: "" },
  { name: "Amara Okafor", rsvp: "Attending", meal: "Vegetarian" },
  { name: "Grace Oduya", rsvp: "Declined", meal: "" },
  { name: "Felix Brandt", rsvp: "Attending", meal: "Fish" },
  { name: "Ines Carvalho", rsvp: "Attending", meal: "Vegetarian" },
  { name: "Ben Hollis", rsvp: "Declined", meal: "" },
  { name: "Chiara Russo", rsvp: "Attending", meal: "Fish" },
  { name: "Dev Malhotra", rsvp: "No reply", meal: "" },
  { name: "Elsa Lindqvist", rsvp: "Attending", meal: "Vegan" },
];

const count = (rsvp) => GUESTS.filter((g) => g.rsvp === rsvp).length;

export default function GuestList() {
  const [query, setQuery] = useState("");
  const [hideDeclined, setHideDeclined] = useState(false);
  const [sort, setSort] = useState("none");

  let rows = GUESTS.filter((g) => g.name.toLowerCase().includes(query.trim().toLowerCase()));
  if (hideDeclined) rows = rows.filter((g) => g.rsvp !== "Declined");
  if (sort !== "none") {
    rows = [...rows].sort((a, b) => a.name.localeCompare(b.name));
    if (sort === "descending") rows.reverse();
  }

  const nextSort = sort === "ascending" ? "descending" : "ascending";

  return (
    <section>
      <h1>Guest list</h1>
      <p data-testid="rsvp-summary">
        {GUESTS.length} guests · {count("Attending")} attending · {count("Declined")} declined ·{" "}
        {count("No reply")} no reply yet
      </p>
      <label>
        Find a guest
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={hideDeclined} onChange={(e) => setHideDeclined(e.target.checked)} />
        Hide declined
      </label>
      {rows.length === 0 ? (
        <p>No guests match.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th aria-sort={sort}>
                <button onClick={() => setSort(nextSort)}>Name</button>
              </th>
              <th>RSVP</th>
              <th>Meal</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={g.name} data-testid="guest-row">
                <td>{g.name}</td>
                <td>{g.rsvp}</td>
                <td>{g.meal || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

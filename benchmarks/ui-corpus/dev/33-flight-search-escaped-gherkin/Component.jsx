import React, { useState } from "react";

const FLIGHTS = [
  { to: "Lisbon", day: "Monday" },
  { to: "Lisbon", day: "Thursday" },
  { to: "Vienna", day: "Friday" },
];

export default function FlightSearch() {
  const [query, setQuery] = useState("");
  const [searched, setSearched] = useState(null);
  const found =
    searched === null ? FLIGHTS : FLIGHTS.filter((f) => f.to.toLowerCase() === searched.toLowerCase());

  return (
    <div>
      <h2>Flights this week</h2>
      <label htmlFor="destination">Destination</label>
      <input
        id="destination"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") setSearched(query.trim());
        }}
      />
      {found.length === 0 && <p role="status">{`No flights to "${searched}" this week`}</p>}
      <ul aria-label="Flights">
        {found.map((f) => (
          <li key={f.to + f.day}>
            {f.to}, {f.day}
          </li>
        ))}
      </ul>
    </div>
  );
}

import React, { useState } from "react";

const PEOPLE = [
  { name: "Amara Okafor", team: "Design" },
  { name: "Bruno Keller", team: "Engineering" },
  { name: "Chen Wei", team: "Engineering" },
  { name: "Dana Ruiz", team: "Sales" },
];

export default function PeopleSearch() {
  const [query, setQuery] = useState("");
  const [team, setTeam] = useState("All teams");
  const teams = ["All teams", ...new Set(PEOPLE.map((p) => p.team))];
  const shown = PEOPLE.filter(
    (p) =>
      p.name.toLowerCase().includes(query.trim().toLowerCase()) &&
      (team === "All teams" || p.team === team)
  );

  return (
    <section>
      <h2>People</h2>
      <input
        type="search"
        placeholder="Search by name"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label>
        Team
        <select value={team} onChange={(e) => setTeam(e.target.value)}>
          {teams.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <p data-testid="result-count">{shown.length} of {PEOPLE.length} people</p>
      {shown.length === 0 ? (
        <p>No one matches your search</p>
      ) : (
        <ul>
          {shown.map((p) => (
            <li key={p.name}>
              {p.name} <small>{p.team}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import React, { useState } from "react";

const GEAR = [
  { name: "Tent (2 person)", category: "Camping", perDay: 18, weekend: true },
  { name: "Camping stove", category: "Camping", perDay: 6, weekend: true },
  { name: "Sleeping bag", category: "Camping", perDay: 8, weekend: false },
  { name: "Climbing harness", category: "Climbing", perDay: 7, weekend: true },
  { name: "Chalk bag", category: "Climbing", perDay: 2, weekend: true },
  { name: "Kayak", category: "Water", perDay: 35, weekend: false },
  { name: "Wetsuit", category: "Water", perDay: 12, weekend: true },
  { name: "Stand-up paddleboard", category: "Water", perDay: 30, weekend: true },
];

const CATEGORIES = ["All", "Camping", "Climbing", "Water"];

export default function GearRental() {
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState("All");
  const [weekendOnly, setWeekendOnly] = useState(false);

  const needle = query.trim().toLowerCase();
  const shown = GEAR.filter(
    (item) =>
      (!needle || item.name.toLowerCase().includes(needle)) &&
      (category === "All" || item.category === category) &&
      (!weekendOnly || item.weekend),
  );

  return (
    <section>
      <h2>Rent outdoor gear</h2>
      <input
        type="search"
        aria-label="Search gear"
        placeholder="Tent, kayak, harness…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label htmlFor="category">Category</label>
      <select id="category" value={category} onChange={(e) => setCategory(e.target.value)}>
        {CATEGORIES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={weekendOnly} onChange={(e) => setWeekendOnly(e.target.checked)} />
        Available this weekend
      </label>

      {shown.length === 0 ? (
        <p>No gear matches your search.</p>
      ) : (
        <ul>
          {shown.map((item) => (
            <li key={item.name}>
              <h3>{item.name}</h3>
              <p>€{item.perDay} per day</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import React, { useState } from "react";

const HIVES = [
  { name: "Pippin", apiary: "Orchard", inspected: "2026-11-20", frames: 6 },
  { name: "Bramble", apiary: "Heath", inspected: "2026-11-02", frames: 4 },
  { name: "Yew", apiary: "Churchyard", inspected: "2026-11-25", frames: 7 },
  { name: "Foxglove", apiary: "Heath", inspected: "2026-11-27", frames: 5 },
  { name: "Russet", apiary: "Orchard", inspected: "2026-10-30", frames: 3 },
  { name: "Heather Queen", apiary: "Heath", inspected: "2026-11-15", frames: 8 },
  { name: "Lychgate", apiary: "Churchyard", inspected: "2026-11-09", frames: 5 },
  { name: "Cox", apiary: "Orchard", inspected: "2026-11-12", frames: 6 },
];
const APIARIES = ["Orchard", "Heath", "Churchyard"];

export default function HiveInspections() {
  const [apiary, setApiary] = useState("all");
  const [direction, setDirection] = useState(null); // null: as logged, then "asc" / "desc"

  const shown = HIVES.filter((hive) => apiary === "all" || hive.apiary === apiary);
  const rows = direction
    ? [...shown].sort((a, b) =>
        direction === "asc"
          ? a.inspected.localeCompare(b.inspected)
          : b.inspected.localeCompare(a.inspected),
      )
    : shown;

  function toggleSort() {
    setDirection(direction === "asc" ? "desc" : "asc");
  }

  return (
    <section>
      <h1>Hive inspection log</h1>
      <label htmlFor="apiary">Apiary</label>
      <select id="apiary" value={apiary} onChange={(e) => setApiary(e.target.value)}>
        <option value="all">All apiaries</option>
        {APIARIES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <p aria-live="polite" data-testid="hive-count">
        Showing {rows.length} of {HIVES.length} hives
      </p>
      <table>
        <thead>
          <tr>
            <th>Hive</th>
            <th>Apiary</th>
            <th aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}>
              <button type="button" onClick={toggleSort}>
                Last inspected
                <span aria-hidden="true">{direction === "asc" ? " ▲" : direction === "desc" ? " ▼" : ""}</span>
              </button>
            </th>
            <th>Brood frames</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((hive) => (
            <tr key={hive.name}>
              <td>{hive.name}</td>
              <td>{hive.apiary}</td>
              <td>{hive.inspected}</td>
              <td>{hive.frames}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

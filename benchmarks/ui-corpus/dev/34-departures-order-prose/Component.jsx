import React, { useState } from "react";

const TRAINS = [
  { destination: "Ghent", leaves: "09:40" },
  { destination: "Bruges", leaves: "08:15" },
  { destination: "Leuven", leaves: "10:05" },
];

export default function DepartureBoard() {
  const [latestFirst, setLatestFirst] = useState(false);
  const rows = [...TRAINS].sort((a, b) =>
    latestFirst ? b.leaves.localeCompare(a.leaves) : a.leaves.localeCompare(b.leaves)
  );
  return (
    <section>
      <h2>Departures</h2>
      <button onClick={() => setLatestFirst(false)} disabled={!latestFirst}>
        Earliest first
      </button>
      <button onClick={() => setLatestFirst(true)} disabled={latestFirst}>
        Latest first
      </button>
      <ul>
        {rows.map((t) => (
          <li key={t.destination}>
            {t.leaves} to {t.destination}
          </li>
        ))}
      </ul>
    </section>
  );
}

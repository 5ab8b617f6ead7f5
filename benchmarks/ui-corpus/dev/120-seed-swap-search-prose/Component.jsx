import React, { useState } from "react";

const PACKETS = [
  { name: "Tomato 'Gardener's Delight'", organic: true },
  { name: "Tomato 'Sungold'", organic: false },
  { name: "Runner bean 'Scarlet Emperor'", organic: true },
  { name: "Courgette 'Black Beauty'", organic: false },
  { name: "Lettuce 'Little Gem'", organic: true },
  { name: "Beetroot 'Boltardy'", organic: true },
  { name: "Carrot 'Nantes'", organic: false },
];

export default function SeedSwap() {
  const [query, setQuery] = useState("");
  const [organicOnly, setOrganicOnly] = useState(false);

  const needle = query.trim().toLowerCase();
  const shown = PACKETS.filter(
    (packet) => (!organicOnly || packet.organic) && packet.name.toLowerCase().includes(needle),
  );

  return (
    <section>
      <h1>Seed swap catalogue</h1>
      <div>
        <input
          type="search"
          aria-label="Search packets"
          placeholder="Search seeds"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {query && (
          <button type="button" aria-label="Clear search" onClick={() => setQuery("")}>
            ×
          </button>
        )}
      </div>
      <label>
        <input type="checkbox" checked={organicOnly} onChange={(e) => setOrganicOnly(e.target.checked)} />
        Organic only
      </label>
      <p data-testid="packet-count">
        {shown.length} {shown.length === 1 ? "packet" : "packets"}
      </p>
      <ul aria-label="Seed packets">
        {shown.map((packet) => (
          <li key={packet.name}>
            {packet.name}
            {packet.organic && <span> (organic)</span>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>No results for {query.trim()}</p>}
    </section>
  );
}

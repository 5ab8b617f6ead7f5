import React, { useEffect, useMemo, useState } from "react";

interface Sighting {
  id: number;
  species: string;
  count: number;
  site: string;
}

const SITES = ["All sites", "Marsh hide", "Woodland trail", "Reservoir"];

export default function BirdSightings() {
  const [sightings, setSightings] = useState<Sighting[] | null>(null);
  const [site, setSite] = useState<string>("All sites");
  const [query, setQuery] = useState<string>("");

  useEffect(() => {
    fetch("/api/sightings")
      .then((r) => r.json())
      .then((data: Sighting[]) => setSightings(data));
  }, []);

  const shown = useMemo(
    () =>
      (sightings ?? []).filter(
        (s) =>
          (site === "All sites" || s.site === site) &&
          s.species.toLowerCase().includes(query.trim().toLowerCase()),
      ),
    [sightings, site, query],
  );
  const total = shown.reduce((sum, s) => sum + s.count, 0);

  if (sightings === null) return <p>Loading today's log…</p>;
  return (
    <section>
      <h2>Today's sightings</h2>
      <label>
        Site
        <select value={site} onChange={(e) => setSite(e.target.value)}>
          {SITES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <input type="search" aria-label="Search species" placeholder="Search species…" value={query} onChange={(e) => setQuery(e.target.value)} />
      <table>
        <thead>
          <tr>
            <th>Species</th>
            <th>Count</th>
            <th>Site</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id} data-testid="sighting">
              <td>{s.species}</td>
              <td>{s.count}</td>
              <td>{s.site}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="bird-total">Birds counted: {total}</p>
    </section>
  );
}

import React, { useMemo, useState } from "react";

const STAMPS = [
  { id: 1, country: "Norway", year: 1942, title: "Posthorn 20 øre", condition: "Used", value: 1.2 },
  { id: 2, country: "Norway", year: 1965, title: "Rondane National Park", condition: "Mint", value: 3.5 },
  { id: 3, country: "Norway", year: 1930, title: "St Olav", condition: "Mint", value: 18 },
  { id: 4, country: "Iceland", year: 1944, title: "Republic Day", condition: "Mint", value: 12 },
  { id: 5, country: "Iceland", year: 1963, title: "Herring catch", condition: "Used", value: 0.8 },
  { id: 6, country: "Faroe Islands", year: 1975, title: "Map of the Faroes", condition: "Mint", value: 2.5 },
  { id: 7, country: "Denmark", year: 1920, title: "Reunification", condition: "Used", value: 6 },
  { id: 8, country: "Norway", year: 1914, title: "Constitution centenary", condition: "Used", value: 22 },
];

const SORTS = {
  added: { label: "Date added", fn: (a, b) => a.id - b.id },
  oldest: { label: "Year: oldest first", fn: (a, b) => a.year - b.year },
  newest: { label: "Year: newest first", fn: (a, b) => b.year - a.year },
  value: { label: "Value: highest first", fn: (a, b) => b.value - a.value },
};

const money = (n) => `£${n.toFixed(2)}`;

export default function StampAlbum() {
  const [country, setCountry] = useState("all");
  const [mintOnly, setMintOnly] = useState(false);
  const [sort, setSort] = useState("added");

  const countries = useMemo(() => Array.from(new Set(STAMPS.map((s) => s.country))), []);
  const shown = STAMPS.filter((s) => country === "all" || s.country === country)
    .filter((s) => !mintOnly || s.condition === "Mint")
    .sort(SORTS[sort].fn);
  const value = shown.reduce((sum, s) => sum + s.value, 0);

  return (
    <div className="stamp-album">
      <h1>My stamp album</h1>
      <div className="filters">
        <label htmlFor="country">Country</label>
        <select id="country" value={country} onChange={(e) => setCountry(e.target.value)}>
          <option value="all">All countries</option>
          {countries.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={mintOnly} onChange={(e) => setMintOnly(e.target.checked)} />
          Mint only
        </label>
        <label htmlFor="sort">Sort by</label>
        <select id="sort" value={sort} onChange={(e) => setSort(e.target.value)}>
          {Object.entries(SORTS).map(([key, s]) => (
            <option key={key} value={key}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <ul className="album">
        {shown.map((s) => (
          <li key={s.id}>
            <article>
              <h2>{s.title}</h2>
              <p>
                {s.country}, {s.year} · {s.condition} · {money(s.value)}
              </p>
            </article>
          </li>
        ))}
      </ul>
      <footer>
        {shown.length} {shown.length === 1 ? "stamp" : "stamps"} · catalogue value {money(value)}
      </footer>
    </div>
  );
}

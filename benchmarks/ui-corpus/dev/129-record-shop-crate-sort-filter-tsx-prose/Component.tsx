import React, { useMemo, useState } from "react";

type Genre = "Jazz" | "Soul" | "Rock" | "Folk";
type Album = { artist: string; title: string; year: number; genre: Genre; price: number };
type SortKey = "artist" | "price" | "year";

const CRATE: Album[] = [
  { artist: "Nina Simone", title: "Pastel Blues", year: 1965, genre: "Jazz", price: 21 },
  { artist: "Fleetwood Mac", title: "Rumours", year: 1977, genre: "Rock", price: 24 },
  { artist: "Al Green", title: "Let's Stay Together", year: 1972, genre: "Soul", price: 15 },
  { artist: "Sun Ra", title: "Lanquidity", year: 1978, genre: "Jazz", price: 32 },
  { artist: "Nick Drake", title: "Pink Moon", year: 1972, genre: "Folk", price: 19 },
  { artist: "Miles Davis", title: "Kind of Blue", year: 1959, genre: "Jazz", price: 9 },
  { artist: "Bill Withers", title: "Just As I Am", year: 1971, genre: "Soul", price: 12 },
];

const COMPARE: { [key in SortKey]: (a: Album, b: Album) => number } = {
  artist: (a, b) => a.artist.localeCompare(b.artist),
  price: (a, b) => a.price - b.price,
  year: (a, b) => b.year - a.year,
};

export default function RecordCrate() {
  const [genre, setGenre] = useState<Genre | "all">("all");
  const [sortKey, setSortKey] = useState<SortKey>("artist");

  const shown = useMemo(
    () => CRATE.filter((r) => genre === "all" || r.genre === genre).sort(COMPARE[sortKey]),
    [genre, sortKey],
  );

  return (
    <main>
      <h1>Second-hand vinyl crate</h1>
      <div className="controls">
        <label htmlFor="genre">Genre</label>
        <select id="genre" value={genre} onChange={(e) => setGenre(e.target.value as Genre | "all")}>
          <option value="all">All genres</option>
          <option>Jazz</option>
          <option>Soul</option>
          <option>Rock</option>
          <option>Folk</option>
        </select>
        <label htmlFor="sort">Sort by</label>
        <select id="sort" value={sortKey} onChange={(e) => setSortKey(e.target.value as SortKey)}>
          <option value="artist">Artist A–Z</option>
          <option value="price">Price: low to high</option>
          <option value="year">Year: newest first</option>
        </select>
      </div>
      <p data-testid="record-count">
        {shown.length} {shown.length === 1 ? "record" : "records"}
      </p>
      <ul aria-label="Records">
        {shown.map((r) => (
          <li key={r.title}>
            <span>{r.artist}</span> – <cite>{r.title}</cite> ({r.year}) <strong>£{r.price}</strong>
          </li>
        ))}
      </ul>
    </main>
  );
}

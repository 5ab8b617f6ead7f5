import React, { useEffect, useState } from "react";

const PITCHES = [
  { id: "A1", area: "Meadow", price: 18, hookup: false },
  { id: "A2", area: "Meadow", price: 18, hookup: true },
  { id: "B7", area: "Riverside", price: 22, hookup: true },
  { id: "B8", area: "Riverside", price: 25, hookup: true },
  { id: "C3", area: "Woodland", price: 16, hookup: false },
  { id: "C4", area: "Woodland", price: 16, hookup: false },
];

const money = (n) => `£${n.toFixed(2)}`;

function useHashPath() {
  const read = () => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

function PitchList() {
  return (
    <section>
      <h1>Pitches</h1>
      <ul>
        {PITCHES.map((p) => (
          <li key={p.id}>
            <a href={`#/pitch/${p.id}`}>
              Pitch {p.id} - {p.area}
            </a>{" "}
            {money(p.price)} a night{p.hookup ? " · electric hook-up" : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PitchPage({ pitch, nights, setNights, onReserve }) {
  const index = PITCHES.indexOf(pitch);
  const next = PITCHES[(index + 1) % PITCHES.length];
  const n = Number(nights);
  const valid = Number.isInteger(n) && n >= 1 && n <= 14;
  return (
    <article>
      <header style={{ display: "flex", justifyContent: "space-between" }}>
        <a href="#/">‹ All pitches</a>
        <a href={`#/pitch/${next.id}`}>Next pitch ›</a>
      </header>
      <h1>
        Pitch {pitch.id} - {pitch.area}
      </h1>
      <p>
        {money(pitch.price)} per night{pitch.hookup ? " · electric hook-up included" : ""}
      </p>
      <label htmlFor="nights">Nights</label>
      <input id="nights" type="number" min="1" max="14" value={nights} onChange={(e) => setNights(e.target.value)} />
      {valid ? (
        <p data-testid="stay-total">
          {n} {n === 1 ? "night" : "nights"}: {money(n * pitch.price)}
        </p>
      ) : (
        <p role="alert">Stays are 1 to 14 nights</p>
      )}
      <button disabled={!valid} onClick={() => onReserve(`Pitch ${pitch.id} reserved for ${n} nights - ${money(n * pitch.price)}`)}>
        Reserve pitch
      </button>
    </article>
  );
}

export default function Campsite() {
  const path = useHashPath();
  const [nights, setNights] = useState("1");
  const [reserved, setReserved] = useState("");
  const match = path.match(/^\/pitch\/(\w+)$/);
  const pitch = match && PITCHES.find((p) => p.id === match[1]);

  return (
    <main>
      {reserved && <p role="status">{reserved}</p>}
      {match && !pitch && <p>Pitch not found</p>}
      {pitch ? <PitchPage pitch={pitch} nights={nights} setNights={setNights} onReserve={setReserved} /> : <PitchList />}
    </main>
  );
}

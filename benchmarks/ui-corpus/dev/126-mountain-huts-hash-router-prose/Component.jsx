import React, { useEffect, useState } from "react";

const HUTS = [
  { id: "gouter", name: "Refuge du Goûter", range: "Mont Blanc massif", altitude: 3835, beds: 120, open: true },
  { id: "hornli", name: "Hörnlihütte", range: "Pennine Alps", altitude: 3260, beds: 130, open: true },
  { id: "margherita", name: "Capanna Regina Margherita", range: "Monte Rosa", altitude: 4554, beds: 70, open: false },
  { id: "solvay", name: "Solvayhütte", range: "Pennine Alps", altitude: 4003, beds: 10, open: true },
  { id: "stuedli", name: "Stüdlhütte", range: "Glockner group", altitude: 2802, beds: 90, open: false },
];

const currentPath = () => window.location.hash.slice(1) || "/";

function useHashRoute() {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return path;
}

function HutPage({ hut }) {
  return (
    <article>
      <nav>
        <a href="#/">All huts</a>
      </nav>
      <h1>{hut.name}</h1>
      <dl>
        <dt>Range</dt>
        <dd>{hut.range}</dd>
        <dt>Altitude</dt>
        <dd data-testid="altitude">{hut.altitude.toLocaleString("en-GB")} m</dd>
        <dt>Beds</dt>
        <dd data-testid="beds">{hut.beds}</dd>
      </dl>
      {!hut.open && <p>Closed for the season</p>}
      <button disabled={!hut.open}>Request a bed</button>
    </article>
  );
}

export default function MountainHuts() {
  const path = useHashRoute();
  const match = path.match(/^\/huts\/([a-z]+)$/);
  if (match) {
    const hut = HUTS.find((h) => h.id === match[1]);
    if (!hut) {
      return (
        <main>
          <h1>Hut not found</h1>
          <p>
            There is no hut called “{match[1]}”. <a href="#/">All huts</a>
          </p>
        </main>
      );
    }
    return <HutPage hut={hut} />;
  }
  return (
    <main>
      <h1>Mountain huts</h1>
      <ul aria-label="Huts">
        {HUTS.map((hut) => (
          <li key={hut.id}>
            <a href={`#/huts/${hut.id}`}>{hut.name}</a> <span>{hut.range}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

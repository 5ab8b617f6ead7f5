import React, { useEffect, useState } from "react";

const CROSSINGS = {
  "ardrossan-brodick": { name: "Ardrossan – Brodick", sailings: ["07:00", "09:45", "12:30", "15:15", "18:00"] },
  "oban-craignure": { name: "Oban – Craignure", sailings: ["07:00", "08:45", "10:30", "13:00", "15:45", "18:30"] },
  "mallaig-armadale": { name: "Mallaig – Armadale", sailings: ["08:20", "11:40", "14:10", "17:30"] },
};

const readHash = () => window.location.hash.replace(/^#/, "") || "/";

function useHashPath() {
  const [path, setPath] = useState(readHash);
  useEffect(() => {
    const onHashChange = () => setPath(readHash());
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);
  return path;
}

function Crossing({ crossing }) {
  return (
    <main>
      <a href="#/">← All crossings</a>
      <h1>{crossing.name}</h1>
      <p>{crossing.sailings.length} sailings today</p>
      <ul aria-label="Sailings">
        {crossing.sailings.map((time) => (
          <li key={time}>{time}</li>
        ))}
      </ul>
    </main>
  );
}

export default function FerryTimetable() {
  const path = useHashPath();
  const match = path.match(/^\/crossing\/([a-z-]+)$/);
  if (match) {
    const crossing = CROSSINGS[match[1]];
    if (crossing) return <Crossing crossing={crossing} />;
    return (
      <main>
        <h1>Crossing not found</h1>
        <a href="#/">← All crossings</a>
      </main>
    );
  }
  return (
    <main>
      <h1>Choose a crossing</h1>
      <ul aria-label="Crossings">
        {Object.entries(CROSSINGS).map(([slug, crossing]) => (
          <li key={slug}>
            <a href={`#/crossing/${slug}`}>{crossing.name}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}

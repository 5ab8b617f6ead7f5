import React, { useState } from "react";

type Level = "any" | "easy" | "hard";

interface Trail {
  name: string;
  level: Exclude<Level, "any">;
  km: number;
}

const TRAILS: Trail[] = [
  { name: "Lakeside Loop", level: "easy", km: 4 },
  { name: "Eagle Ridge", level: "hard", km: 14 },
  { name: "Fern Gully Walk", level: "easy", km: 6 },
];

const LEVELS: [Level, string][] = [
  ["any", "All trails"],
  ["easy", "Easy going"],
  ["hard", "Challenging"],
];

export default function TrailFinder(): JSX.Element {
  const [level, setLevel] = useState<Level>("any");
  const shown = TRAILS.filter((trail) => level === "any" || trail.level === level);
  return (
    <section>
      <h2>Trail finder</h2>
      <div role="group" aria-label="Difficulty">
        {LEVELS.map(([key, caption]) => (
          <button key={key} aria-pressed={level === key} onClick={() => setLevel(key)}>
            {caption}
          </button>
        ))}
      </div>
      <ul>
        {shown.map((trail) => (
          <li key={trail.name}>
            {trail.name} ({trail.km} km)
          </li>
        ))}
      </ul>
    </section>
  );
}

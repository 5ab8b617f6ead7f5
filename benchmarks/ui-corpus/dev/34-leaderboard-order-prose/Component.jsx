import React, { useState } from "react";

const RESULTS = [
  { name: "Lena", score: 61 },
  { name: "Priya", score: 94 },
  { name: "Tomás", score: 78 },
];

export default function QuizLeaderboard() {
  const [descending, setDescending] = useState(true);
  const ordered = [...RESULTS].sort((a, b) => (descending ? b.score - a.score : a.score - b.score));
  return (
    <section>
      <h2>Quiz leaderboard</h2>
      <button onClick={() => setDescending(true)} disabled={descending}>
        Highest score first
      </button>
      <button onClick={() => setDescending(false)} disabled={!descending}>
        Lowest score first
      </button>
      <ol>
        {ordered.map((r) => (
          <li key={r.name}>
            {r.name}: {r.score} points
          </li>
        ))}
      </ol>
    </section>
  );
}

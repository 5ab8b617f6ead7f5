import React, { useState } from "react";

const PLAYERS = [
  { name: "Ines", score: 420 },
  { name: "Kofi", score: 515 },
  { name: "Yara", score: 390 },
];

export default function Leaderboard() {
  const [order, setOrder] = useState("high");
  const rows = [...PLAYERS].sort((a, b) => (order === "high" ? b.score - a.score : a.score - b.score));
  return (
    <section>
      <h2>Leaderboard</h2>
      <button onClick={() => setOrder(order === "high" ? "low" : "high")}>
        {order === "high" ? "Show lowest first" : "Show highest first"}
      </button>
      <ol>
        {rows.map((p) => (
          <li key={p.name} data-testid="player">
            {p.name} – {p.score}
          </li>
        ))}
      </ol>
    </section>
  );
}

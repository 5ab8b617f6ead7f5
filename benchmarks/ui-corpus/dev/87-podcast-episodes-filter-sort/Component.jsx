import React, { useMemo, useState } from "react";

const EPISODES = [
  { number: 1, season: 1, title: "Pilot: why the coast?", minutes: 34 },
  { number: 2, season: 1, title: "Sand, explained", minutes: 41 },
  { number: 3, season: 1, title: "Seabirds of the north", minutes: 29 },
  { number: 4, season: 1, title: "The harbour master", minutes: 52 },
  { number: 5, season: 1, title: "Shipwreck stories", minutes: 46 },
  { number: 6, season: 2, title: "Storm season", minutes: 23 },
  { number: 7, season: 2, title: "Tide pools at night", minutes: 18 },
  { number: 8, season: 2, title: "Kelp forests", minutes: 38 },
  { number: 9, season: 2, title: "Interview: the lighthouse keeper", minutes: 57 },
];

const ORDERS = {
  newest: (a, b) => b.number - a.number,
  oldest: (a, b) => a.number - b.number,
  shortest: (a, b) => a.minutes - b.minutes,
  longest: (a, b) => b.minutes - a.minutes,
};

export default function EpisodeArchive() {
  const [season, setSeason] = useState("all");
  const [order, setOrder] = useState("newest");

  const shown = useMemo(
    () =>
      EPISODES.filter((e) => season === "all" || String(e.season) === season)
        .slice()
        .sort(ORDERS[order]),
    [season, order]
  );

  return (
    <main>
      <h1>Shoreline Radio – all episodes</h1>
      <div className="controls">
        <label>
          Season
          <select value={season} onChange={(e) => setSeason(e.target.value)}>
            <option value="all">All seasons</option>
            <option value="1">Season 1</option>
            <option value="2">Season 2</option>
          </select>
        </label>
        <label>
          Sort by
          <select value={order} onChange={(e) => setOrder(e.target.value)}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="shortest">Shortest first</option>
            <option value="longest">Longest first</option>
          </select>
        </label>
      </div>
      <p className="counter">
        Showing {shown.length} of {EPISODES.length} episodes
      </p>
      <ul aria-label="Episodes">
        {shown.map((e) => (
          <li key={e.number}>
            <span className="episode-number">#{e.number}</span>{" "}
            <span data-testid="episode-title">{e.title}</span> · {e.minutes} min
          </li>
        ))}
      </ul>
    </main>
  );
}

import React, { useEffect, useMemo, useState } from "react";

interface Person {
  name: string;
  team: string;
  email: string;
}

type Load = { kind: "loading" } | { kind: "failed" } | { kind: "loaded"; people: Person[] };

function usePeople(): Load {
  const [load, setLoad] = useState<Load>({ kind: "loading" });
  useEffect(() => {
    fetch("/api/team")
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<Person[]>;
      })
      .then((people) => setLoad({ kind: "loaded", people }))
      .catch(() => setLoad({ kind: "failed" }));
  }, []);
  return load;
}

export default function TeamDirectory(): JSX.Element {
  const load = usePeople();
  const [query, setQuery] = useState<string>("");

  const matches = useMemo<Person[]>(() => {
    if (load.kind !== "loaded") return [];
    const q = query.trim().toLowerCase();
    return load.people.filter((p) => !q || p.name.toLowerCase().includes(q) || p.team.toLowerCase().includes(q));
  }, [load, query]);

  if (load.kind === "loading") return <p>Loading the directory…</p>;
  if (load.kind === "failed") return <p role="alert">The team directory is unavailable.</p>;

  return (
    <section>
      <h2>Team directory</h2>
      <label htmlFor="people-search">Search people</label>
      <input
        id="people-search"
        type="search"
        placeholder="Name or team"
        value={query}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)}
      />
      <p data-testid="match-count">
        {matches.length} {matches.length === 1 ? "person" : "people"}
      </p>
      {matches.length === 0 ? (
        <p>No results for "{query.trim()}"</p>
      ) : (
        <ul aria-label="People">
          {matches.map((p) => (
            <li key={p.email}>
              {p.name} · {p.team} · <a href={`mailto:${p.email}`}>{p.email}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import React, { useEffect, useState } from "react";

type Puzzle = {
  id: number;
  title: string;
  pieces: number;
  missing: number;
  requested: boolean;
};

export default function PuzzleSwapShelf() {
  const [puzzles, setPuzzles] = useState<Puzzle[]>([]);
  const [loading, setLoading] = useState<boolean>(true);

  useEffect(() => {
    fetch("/api/puzzles")
      .then((r) => r.json())
      .then((data: Puzzle[]) => {
        setPuzzles(data);
        setLoading(false);
      });
  }, []);

  function request(id: number) {
    setPuzzles((all) => all.map((p) => (p.id === id ? { ...p, requested: true } : p)));
  }

  const requested = puzzles.filter((p) => p.requested).length;
  if (loading) return <p>Fetching the shelf…</p>;
  return (
    <section>
      <h2>Puzzle swap shelf</h2>
      <p data-testid="swap-count">
        {requested} {requested === 1 ? "swap" : "swaps"} requested
      </p>
      {puzzles.map((p) => (
        <article key={p.id} aria-label={p.title}>
          <h3>{p.title}</h3>
          <p>{p.pieces} pieces</p>
          {p.missing > 0 && <p className="warning">⚠ {p.missing} pieces missing</p>}
          <button disabled={p.requested} onClick={() => request(p.id)}>
            {p.requested ? "Requested" : "Request swap"}
          </button>
        </article>
      ))}
    </section>
  );
}

import React, { useEffect, useState } from "react";

type Item = { id: number; name: string };
type VegBox = { weekOf: string; size: string; price: number; items: Item[]; alternatives: string[] };

const MAX_SWAPS = 2;

export default function VegBoxSwaps(): JSX.Element {
  const [box, setBox] = useState<VegBox | null>(null);
  const [swaps, setSwaps] = useState<Record<number, string>>({});
  const [saved, setSaved] = useState<string>("");

  useEffect(() => {
    fetch("/api/veg-box")
      .then((r) => r.json())
      .then((data: VegBox) => setBox(data));
  }, []);

  if (!box) return <p>Loading this week's box…</p>;

  const used = Object.values(swaps).filter(Boolean).length;
  const full = used >= MAX_SWAPS;

  function swap(id: number, value: string): void {
    setSaved("");
    setSwaps((prev) => {
      const next = { ...prev };
      if (value) next[id] = value;
      else delete next[id];
      return next;
    });
  }

  function save(): void {
    if (!box) return;
    setSaved(`Your ${box.size.toLowerCase()} box for the week of ${box.weekOf} is saved with ${used} ${used === 1 ? "swap" : "swaps"}.`);
  }

  return (
    <main>
      <h1>My veg box</h1>
      <p>
        {box.size} box, week of {box.weekOf} - £{box.price.toFixed(2)}
      </p>
      <p data-testid="swaps-used">
        Swaps used: {used} of {MAX_SWAPS}
      </p>
      <ul aria-label="In your box">
        {box.items.map((item) => {
          const chosen = swaps[item.id] ?? "";
          return (
            <li key={item.id}>
              <span data-testid="veg-name">{chosen ? `${chosen} (instead of ${item.name})` : item.name}</span>
              <label htmlFor={`swap-${item.id}`}>Swap {item.name}</label>
              <select
                id={`swap-${item.id}`}
                value={chosen}
                disabled={!chosen && full}
                onChange={(e) => swap(item.id, e.target.value)}
              >
                <option value="">Keep</option>
                {box.alternatives.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      {full && <p role="note">You've used both swaps for this week.</p>}
      <button type="button" onClick={save}>Save my box</button>
      {saved && <p role="status">{saved}</p>}
    </main>
  );
}

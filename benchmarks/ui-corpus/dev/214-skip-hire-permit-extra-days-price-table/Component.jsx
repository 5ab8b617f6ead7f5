import React, { useState } from "react";

const SKIPS = [
  { name: "Mini skip", yards: 2, price: 120 },
  { name: "Midi skip", yards: 4, price: 180 },
  { name: "Builder's skip", yards: 6, price: 240 },
  { name: "Maxi skip", yards: 8, price: 290 },
];
const INCLUDED_DAYS = 7;
const EXTRA_DAY = 8;
const PERMIT = 40;
const MAX_DAYS = 28;

const money = (n) => `£${n.toFixed(2)}`;

export default function SkipHire() {
  const [skip, setSkip] = useState(SKIPS[0].name);
  const [days, setDays] = useState("7");
  const [onRoad, setOnRoad] = useState(false);
  const [result, setResult] = useState(null);

  const chosen = SKIPS.find((s) => s.name === skip);

  function price() {
    const d = Number(days);
    if (!Number.isInteger(d) || d < 1 || d > MAX_DAYS) {
      setResult({ error: `Hire days must be between 1 and ${MAX_DAYS}` });
      return;
    }
    const extraDays = Math.max(0, d - INCLUDED_DAYS);
    const extra = extraDays * EXTRA_DAY;
    const permit = onRoad ? PERMIT : 0;
    setResult({ base: chosen.price, extraDays, extra, permit, total: chosen.price + extra + permit });
  }

  return (
    <main>
      <h1>Skip hire prices</h1>
      <label htmlFor="skip">Skip size</label>
      <select id="skip" value={skip} onChange={(e) => setSkip(e.target.value)}>
        {SKIPS.map((s) => (
          <option key={s.name}>{s.name}</option>
        ))}
      </select>
      <p>
        Holds about {chosen.yards} cubic yards. Price includes {INCLUDED_DAYS} days' hire and disposal.
      </p>
      <label htmlFor="days">Hire days</label>
      <input id="days" type="number" min={1} max={MAX_DAYS} value={days} onChange={(e) => setDays(e.target.value)} />
      <label>
        <input type="checkbox" checked={onRoad} onChange={(e) => setOnRoad(e.target.checked)} />
        The skip will stand on the road (council permit {money(PERMIT)})
      </label>
      <button type="button" onClick={price}>Get price</button>
      {result && result.error && <p role="alert">{result.error}</p>}
      {result && !result.error && (
        <section aria-label="Price breakdown">
          <p>Skip: {money(result.base)}</p>
          {result.extraDays > 0 && (
            <p>
              {result.extraDays} extra days: {money(result.extra)}
            </p>
          )}
          {result.permit > 0 && <p>Road permit: {money(result.permit)}</p>}
          <p data-testid="skip-total">Total {money(result.total)}</p>
        </section>
      )}
    </main>
  );
}

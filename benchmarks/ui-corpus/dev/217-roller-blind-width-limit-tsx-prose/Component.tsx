import React, { useState } from "react";

type Fabric = { name: string; perSqm: number };
type Priced = { area: number; price: number; minimum: boolean };

const FABRICS: Fabric[] = [
  { name: "Blackout", perSqm: 38 },
  { name: "Sunscreen", perSqm: 32 },
  { name: "Linen look", perSqm: 45 },
];
const MIN_WIDTH = 40;
const MAX_WIDTH = 240;
const MIN_DROP = 40;
const MAX_DROP = 300;

const money = (n: number): string => `£${n.toFixed(2)}`;

export default function RollerBlindQuote(): JSX.Element {
  const [fabric, setFabric] = useState<string>("");
  const [width, setWidth] = useState<string>("");
  const [drop, setDrop] = useState<string>("");
  const [chain, setChain] = useState<string>("Right");
  const [error, setError] = useState<string>("");
  const [priced, setPriced] = useState<Priced | null>(null);
  const [basket, setBasket] = useState<string[]>([]);

  function edit(fn: () => void): void {
    fn();
    setPriced(null);
  }

  function getPrice(): void {
    const f = FABRICS.find((x) => x.name === fabric);
    const w = Number(width);
    const d = Number(drop);
    setPriced(null);
    if (!f) return setError("Choose a fabric");
    if (!width.trim() || !drop.trim() || Number.isNaN(w) || Number.isNaN(d)) {
      return setError("Enter the width and the drop in cm");
    }
    if (w < MIN_WIDTH || w > MAX_WIDTH) {
      return setError(`Sorry, we can only make blinds between ${MIN_WIDTH} and ${MAX_WIDTH} cm wide`);
    }
    if (d < MIN_DROP || d > MAX_DROP) {
      return setError(`The drop has to be between ${MIN_DROP} and ${MAX_DROP} cm`);
    }
    setError("");
    const area = (w * d) / 10000;
    const charged = Math.max(1, area);
    setPriced({ area, price: Math.round(charged * f.perSqm * 100) / 100, minimum: area < 1 });
  }

  function add(): void {
    if (!priced) return;
    setBasket([...basket, `${fabric} roller blind, ${width} × ${drop} cm, chain ${chain.toLowerCase()} - ${money(priced.price)}`]);
  }

  return (
    <main>
      <h1>Made-to-measure roller blinds</h1>
      <label htmlFor="fabric">Fabric</label>
      <select id="fabric" value={fabric} onChange={(e) => edit(() => setFabric(e.target.value))}>
        <option value="">Choose…</option>
        {FABRICS.map((f) => (
          <option key={f.name} value={f.name}>
            {f.name} ({money(f.perSqm)} per m²)
          </option>
        ))}
      </select>
      <label htmlFor="width">Width (cm)</label>
      <input id="width" type="number" value={width} onChange={(e) => edit(() => setWidth(e.target.value))} />
      <label htmlFor="drop">Drop (cm)</label>
      <input id="drop" type="number" value={drop} onChange={(e) => edit(() => setDrop(e.target.value))} />
      <fieldset>
        <legend>Chain side</legend>
        {["Left", "Right"].map((side) => (
          <label key={side}>
            <input type="radio" name="chain" checked={chain === side} onChange={() => setChain(side)} />
            {side}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={getPrice}>Get price</button>
      {error && <p role="alert">{error}</p>}
      {priced && (
        <div aria-label="Blind price" role="region">
          <p data-testid="blind-price">Your blind: {money(priced.price)}</p>
          {priced.minimum && <p>Minimum charge of 1 m² applies</p>}
        </div>
      )}
      <button type="button" disabled={!priced} onClick={add}>Add to basket</button>
      <section aria-label="Basket">
        <h2>Basket ({basket.length})</h2>
        <ul>
          {basket.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}

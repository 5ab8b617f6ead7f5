import React, { useState } from "react";

const SIZES: Record<string, number> = { A3: 2.5, A2: 4, A1: 6 };
const GLOSS_EXTRA = 0.5;
const MAX_ONLINE = 50;

const money = (n: number): string => `£${n.toFixed(2)}`;

export default function PosterPrint(): JSX.Element {
  const [size, setSize] = useState<string>("A3");
  const [paper, setPaper] = useState<string>("Matt");
  const [qty, setQty] = useState<string>("1");
  const [proofOk, setProofOk] = useState<boolean>(false);
  const [ordered, setOrdered] = useState<string>("");

  const n = Number(qty);
  const validNumber = qty.trim() !== "" && Number.isInteger(n) && n >= 1;
  const tooMany = validNumber && n > MAX_ONLINE;
  const unit = SIZES[size] + (paper === "Gloss" ? GLOSS_EXTRA : 0);
  const priceable = validNumber && !tooMany;
  const locked = ordered !== "";

  return (
    <main>
      <h1>Poster printing</h1>
      <label htmlFor="size">Size</label>
      <select id="size" value={size} disabled={locked} onChange={(e) => setSize(e.target.value)}>
        {Object.keys(SIZES).map((s) => <option key={s}>{s}</option>)}
      </select>

      <fieldset disabled={locked}>
        <legend>Paper</legend>
        {["Matt", "Gloss"].map((p) => (
          <label key={p}>
            <input type="radio" name="paper" checked={paper === p} onChange={() => setPaper(p)} />
            {p}
          </label>
        ))}
      </fieldset>

      <label htmlFor="qty">Quantity</label>
      <input id="qty" type="number" min={1} value={qty} disabled={locked} onChange={(e) => setQty(e.target.value)} />
      {tooMany && (
        <p role="alert">For more than {MAX_ONLINE} posters please call our print team on 01632 960 123.</p>
      )}

      {priceable && (
        <p data-testid="price">
          Price: {money(unit * n)} ({n} × {money(unit)})
        </p>
      )}

      <label>
        <input type="checkbox" checked={proofOk} disabled={locked} onChange={(e) => setProofOk(e.target.checked)} />
        I have checked the proof
      </label>

      <button
        type="button"
        disabled={!priceable || !proofOk || locked}
        onClick={() => setOrdered(`Order placed: ${n} ${size} ${paper.toLowerCase()} posters`)}
      >
        Place order
      </button>
      {ordered && <p role="status">{ordered}</p>}
    </main>
  );
}

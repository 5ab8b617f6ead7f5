import React, { useState } from "react";

type Wood = { id: string; name: string; price: number };

const WOODS: Wood[] = [
  { id: "ash", name: "Kiln-dried ash", price: 85 },
  { id: "oak", name: "Seasoned oak", price: 95 },
  { id: "soft", name: "Softwood mix", price: 60 },
];

const KINDLING = 6.5;
const DELIVERY = 15;
const MAX_CRATES = 6;

type Quote = { wood: number; kindling: number; delivery: number; total: number };

const money = (n: number): string => `£${n.toFixed(2)}`;

export default function FirewoodOrder(): JSX.Element {
  const [woodId, setWoodId] = useState<string>("ash");
  const [crates, setCrates] = useState<string>("1");
  const [postcode, setPostcode] = useState<string>("");
  const [kindling, setKindling] = useState<boolean>(false);
  const [error, setError] = useState<string>("");
  const [quote, setQuote] = useState<Quote | null>(null);
  const [placed, setPlaced] = useState<string>("");

  const wood = WOODS.find((w) => w.id === woodId) as Wood;

  function reset(): void {
    setQuote(null);
    setPlaced("");
  }

  function checkPrice(): void {
    reset();
    const n = Number(crates);
    const pc = postcode.trim().toUpperCase();
    if (!Number.isInteger(n) || n < 1) {
      setError("Enter at least 1 crate");
      return;
    }
    if (n > MAX_CRATES) {
      setError(`We can deliver at most ${MAX_CRATES} crates per trip`);
      return;
    }
    if (!/^(HR|LD)\d/.test(pc)) {
      setError("Sorry, we only deliver to HR and LD postcodes");
      return;
    }
    setError("");
    const woodCost = n * wood.price;
    const kindlingCost = kindling ? KINDLING : 0;
    const delivery = n >= 3 ? 0 : DELIVERY;
    setQuote({ wood: woodCost, kindling: kindlingCost, delivery, total: woodCost + kindlingCost + delivery });
  }

  function placeOrder(): void {
    setPlaced(`Order placed: ${crates} crates of ${wood.name} to ${postcode.trim().toUpperCase()}`);
  }

  return (
    <main>
      <h1>Order firewood</h1>
      <label htmlFor="wood">Wood type</label>
      <select id="wood" value={woodId} onChange={(e) => { setWoodId(e.target.value); reset(); }}>
        {WOODS.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      <p className="hint">{wood.name}: {money(wood.price)} a crate</p>

      <label htmlFor="crates">Crates</label>
      <input id="crates" type="number" min={1} value={crates} onChange={(e) => { setCrates(e.target.value); reset(); }} />

      <label htmlFor="postcode">Postcode</label>
      <input id="postcode" value={postcode} onChange={(e) => { setPostcode(e.target.value); reset(); }} />

      <label>
        <input type="checkbox" checked={kindling} onChange={(e) => { setKindling(e.target.checked); reset(); }} />
        Add a bag of kindling ({money(KINDLING)})
      </label>

      <button type="button" onClick={checkPrice}>Check price</button>

      {error && <p role="alert">{error}</p>}

      {quote && (
        <dl aria-label="Price">
          <dt>Wood</dt>
          <dd>{money(quote.wood)}</dd>
          {quote.kindling > 0 && (
            <>
              <dt>Kindling</dt>
              <dd>{money(quote.kindling)}</dd>
            </>
          )}
          <dt>Delivery</dt>
          <dd>{quote.delivery === 0 ? "Free" : money(quote.delivery)}</dd>
          <dt>Total</dt>
          <dd data-testid="total">{money(quote.total)}</dd>
        </dl>
      )}

      <button type="button" disabled={!quote || !!placed} onClick={placeOrder}>
        Place order
      </button>
      {placed && <p role="status">{placed}</p>}
    </main>
  );
}

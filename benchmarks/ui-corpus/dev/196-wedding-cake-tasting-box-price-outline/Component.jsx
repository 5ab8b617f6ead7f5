import React, { useState } from "react";

const BOXES = [
  { flavours: 3, price: 15 },
  { flavours: 6, price: 25 },
  { flavours: 9, price: 33 },
];
const INCLUDED_GUESTS = 2;
const EXTRA_GUEST = 4;
const ICING_SAMPLES = 5;
const DELIVERY = { collect: 0, local: 6.5 };

const money = (n) => `£${n.toFixed(2)}`;

export default function CakeTasting() {
  const [flavours, setFlavours] = useState(3);
  const [guests, setGuests] = useState("2");
  const [icing, setIcing] = useState(false);
  const [delivery, setDelivery] = useState("collect");
  const [quote, setQuote] = useState(null);
  const [problem, setProblem] = useState("");

  const reset = (fn) => (value) => {
    fn(value);
    setQuote(null);
  };

  function price() {
    const g = Number(guests);
    if (!Number.isInteger(g) || g < 1 || g > 4) {
      setProblem("Tastings are for 1 to 4 people");
      setQuote(null);
      return;
    }
    setProblem("");
    const box = BOXES.find((b) => b.flavours === flavours).price;
    const extra = Math.max(0, g - INCLUDED_GUESTS) * EXTRA_GUEST;
    const lines = [[`${flavours} flavour tasting box`, box]];
    if (extra) lines.push([`${g - INCLUDED_GUESTS} extra guest${g - INCLUDED_GUESTS > 1 ? "s" : ""}`, extra]);
    if (icing) lines.push(["Icing samples", ICING_SAMPLES]);
    if (DELIVERY[delivery]) lines.push(["Local delivery", DELIVERY[delivery]]);
    setQuote({ lines, total: lines.reduce((s, [, v]) => s + v, 0) });
  }

  return (
    <main>
      <h1>Rosehip Bakery - wedding cake tasting</h1>
      <fieldset>
        <legend>Tasting box</legend>
        {BOXES.map((b) => (
          <label key={b.flavours}>
            <input
              type="radio"
              name="box"
              checked={flavours === b.flavours}
              onChange={() => reset(setFlavours)(b.flavours)}
            />
            {b.flavours} flavours ({money(b.price)})
          </label>
        ))}
      </fieldset>
      <label htmlFor="guests">Guests at the tasting</label>
      <input id="guests" type="number" min="1" max="4" value={guests} onChange={(e) => reset(setGuests)(e.target.value)} />
      <small>The box serves 2; each extra guest is {money(EXTRA_GUEST)}.</small>
      <label>
        <input type="checkbox" checked={icing} onChange={(e) => reset(setIcing)(e.target.checked)} />
        Add icing style samples ({money(ICING_SAMPLES)})
      </label>
      <label htmlFor="delivery">Delivery</label>
      <select id="delivery" value={delivery} onChange={(e) => reset(setDelivery)(e.target.value)}>
        <option value="collect">Collect from the bakery (free)</option>
        <option value="local">Local delivery ({money(DELIVERY.local)})</option>
      </select>
      <button type="button" onClick={price}>
        Price my tasting
      </button>
      {problem && <p role="alert">{problem}</p>}
      {quote && (
        <section aria-label="Your tasting">
          <ul>
            {quote.lines.map(([what, amount]) => (
              <li key={what}>
                {what}: {money(amount)}
              </li>
            ))}
          </ul>
          <p data-testid="tasting-total">Total: {money(quote.total)}</p>
        </section>
      )}
    </main>
  );
}

import React, { useState } from "react";

const PRICES = {
  Trousers: { "Shorten hem": 12, "Take in waist": 18, "Replace zip": 15 },
  Jacket: { "Shorten sleeves": 28, "Take in waist": 35, "Replace zip": 30 },
  Dress: { "Shorten hem": 22, "Take in waist": 30, "Replace zip": 20 },
  Coat: { "Shorten sleeves": 40, "Replace zip": 45 },
};

const money = (n) => `£${n.toFixed(2)}`;

export default function AlterationQuote() {
  const [garment, setGarment] = useState("Trousers");
  const [alteration, setAlteration] = useState("Shorten hem");
  const [express, setExpress] = useState(false);
  const [quote, setQuote] = useState(null);

  const options = Object.keys(PRICES[garment]);

  function changeGarment(g) {
    setGarment(g);
    if (!(alteration in PRICES[g])) setAlteration(Object.keys(PRICES[g])[0]);
    setQuote(null);
  }

  function getQuote() {
    const base = PRICES[garment][alteration];
    const price = express ? base * 1.5 : base;
    setQuote({ price, days: express ? 2 : 7, what: `${alteration} - ${garment.toLowerCase()}` });
  }

  return (
    <div className="quote">
      <h1>Stitch &amp; Mend - alteration quote</h1>
      <div>
        <label htmlFor="garment">Garment</label>
        <select id="garment" value={garment} onChange={(e) => changeGarment(e.target.value)}>
          {Object.keys(PRICES).map((g) => (
            <option key={g}>{g}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="alteration">Alteration</label>
        <select
          id="alteration"
          value={alteration}
          onChange={(e) => {
            setAlteration(e.target.value);
            setQuote(null);
          }}
        >
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </div>
      <label>
        <input
          type="checkbox"
          checked={express}
          onChange={(e) => {
            setExpress(e.target.checked);
            setQuote(null);
          }}
        />
        Express service (+50%, ready in 2 days)
      </label>
      <div>
        <button type="button" onClick={getQuote}>
          Get quote
        </button>
      </div>
      {quote && (
        <section aria-label="Quote">
          <p>{quote.what}</p>
          <p data-testid="quote-price">Price: {money(quote.price)}</p>
          <p data-testid="ready">Ready in {quote.days} days</p>
        </section>
      )}
    </div>
  );
}

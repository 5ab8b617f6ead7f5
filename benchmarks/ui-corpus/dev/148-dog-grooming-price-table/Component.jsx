import React, { useState } from "react";

const BASE = { Small: 30, Medium: 40, Large: 55, Giant: 70 };
const COAT = { Short: 0, Long: 10, Double: 15 };
const NAILS = 8;

export default function DogGroomingQuote() {
  const [size, setSize] = useState("Small");
  const [coat, setCoat] = useState("Short");
  const [nails, setNails] = useState(false);
  const [quote, setQuote] = useState("");

  function getQuote() {
    if (size === "Giant" && coat === "Double") {
      setQuote("Giant double-coated dogs need a consultation – please call us for a quote.");
      return;
    }
    const price = BASE[size] + COAT[coat] + (nails ? NAILS : 0);
    setQuote(`Estimated price: £${price.toFixed(2)}`);
  }

  return (
    <section>
      <h2>Waggy Tails grooming – price check</h2>
      <label>
        Dog size
        <select value={size} onChange={(e) => setSize(e.target.value)}>
          {Object.keys(BASE).map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Coat type
        <select value={coat} onChange={(e) => setCoat(e.target.value)}>
          {Object.keys(COAT).map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={nails} onChange={(e) => setNails(e.target.checked)} />
        Add nail trim (+£{NAILS})
      </label>
      <button onClick={getQuote}>Get quote</button>
      {quote && <p role="status">{quote}</p>}
    </section>
  );
}

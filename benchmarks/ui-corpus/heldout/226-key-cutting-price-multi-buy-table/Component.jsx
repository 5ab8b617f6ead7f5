import React, { useState } from "react";

const KEYS = [
  { id: "cylinder", name: "Standard cylinder (Yale type)", price: 4.5, colours: true, ready: "Ready while you wait" },
  { id: "mortice", name: "Mortice (Chubb type)", price: 9, colours: false, ready: "Ready while you wait" },
  { id: "dimple", name: "Security dimple", price: 18, colours: true, ready: "Ready while you wait" },
  { id: "car", name: "Car key, no chip", price: 12, colours: false, ready: "Ready while you wait" },
  { id: "transponder", name: "Car key with transponder chip", price: 65, colours: false, ready: "Ready in 2 working days" },
];
const COLOURED_HEAD = 1;
const MULTI_BUY_FROM = 3;
const MULTI_BUY_OFF = 0.1;
const money = (n) => `£${n.toFixed(2)}`;

export default function KeyCutting() {
  const [keyId, setKeyId] = useState("cylinder");
  const [quantity, setQuantity] = useState("1");
  const [coloured, setColoured] = useState(false);
  const [quote, setQuote] = useState(null);
  const [error, setError] = useState("");

  const key = KEYS.find((k) => k.id === keyId);

  function price(e) {
    e.preventDefault();
    const qty = Number(quantity);
    if (!Number.isInteger(qty) || qty < 1 || qty > 10) {
      setError("You can order between 1 and 10 copies at a time");
      setQuote(null);
      return;
    }
    setError("");
    const each = key.price + (coloured && key.colours ? COLOURED_HEAD : 0);
    let total = each * qty;
    const discounted = qty >= MULTI_BUY_FROM;
    if (discounted) total = Math.round(total * (1 - MULTI_BUY_OFF) * 100) / 100;
    setQuote({ qty, name: key.name, total, discounted, ready: key.ready });
  }

  return (
    <main>
      <h1>Key cutting</h1>
      <p>Bring your original key to the counter. 10% off when you have 3 or more copies of the same key cut.</p>
      <form onSubmit={price}>
        <label htmlFor="key">Type of key</label>
        <select
          id="key"
          value={keyId}
          onChange={(e) => {
            setKeyId(e.target.value);
            setQuote(null);
          }}
        >
          {KEYS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
        <label htmlFor="qty">Number of copies</label>
        <input id="qty" type="number" min="1" max="10" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        <label>
          <input
            type="checkbox"
            checked={coloured && key.colours}
            disabled={!key.colours}
            onChange={(e) => setColoured(e.target.checked)}
          />
          Coloured key heads (+£1 each)
        </label>
        <button type="submit">Price my keys</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {quote && (
        <div aria-live="polite">
          <p data-testid="key-price">
            {quote.qty} × {quote.name}: {money(quote.total)}
          </p>
          {quote.discounted && <p>Multi-buy discount applied</p>}
          <p data-testid="key-ready">{quote.ready}</p>
        </div>
      )}
    </main>
  );
}

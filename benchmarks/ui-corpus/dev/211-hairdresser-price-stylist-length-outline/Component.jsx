import React, { useState } from "react";

const SERVICES = [
  { name: "Cut & finish", price: 38, minutes: 45 },
  { name: "Colour", price: 55, minutes: 90 },
  { name: "Cut & colour", price: 80, minutes: 120 },
  { name: "Blow-dry", price: 25, minutes: 30 },
];
const LENGTHS = [
  { name: "Short", extra: 0, minutes: 0 },
  { name: "Medium", extra: 5, minutes: 15 },
  { name: "Long", extra: 10, minutes: 30 },
];
const STYLISTS = [
  { name: "Junior stylist", factor: 0.8 },
  { name: "Senior stylist", factor: 1 },
  { name: "Art director", factor: 1.25 },
];

export default function SalonPriceCheck() {
  const [service, setService] = useState("");
  const [length, setLength] = useState("Short");
  const [stylist, setStylist] = useState("Senior stylist");
  const [result, setResult] = useState(null);

  function onSubmit(e) {
    e.preventDefault();
    const s = SERVICES.find((x) => x.name === service);
    if (!s) {
      setResult({ error: "Choose a service first" });
      return;
    }
    const l = LENGTHS.find((x) => x.name === length);
    const st = STYLISTS.find((x) => x.name === stylist);
    const price = Math.round((s.price + l.extra) * st.factor * 100) / 100;
    setResult({ price, minutes: s.minutes + l.minutes });
  }

  return (
    <form onSubmit={onSubmit}>
      <h1>Salon price check</h1>
      <label htmlFor="service">Service</label>
      <select id="service" value={service} onChange={(e) => setService(e.target.value)}>
        <option value="">Select…</option>
        {SERVICES.map((s) => (
          <option key={s.name}>{s.name}</option>
        ))}
      </select>
      <fieldset>
        <legend>Hair length</legend>
        {LENGTHS.map((l) => (
          <label key={l.name}>
            <input type="radio" name="length" checked={length === l.name} onChange={() => setLength(l.name)} />
            {l.name}
          </label>
        ))}
      </fieldset>
      <label htmlFor="stylist">Stylist</label>
      <select id="stylist" value={stylist} onChange={(e) => setStylist(e.target.value)}>
        {STYLISTS.map((s) => (
          <option key={s.name}>{s.name}</option>
        ))}
      </select>
      <button type="submit">See price</button>
      {result && result.error && <p role="alert">{result.error}</p>}
      {result && !result.error && (
        <div aria-label="Your price" role="region">
          <p data-testid="salon-price">Price: £{result.price.toFixed(2)}</p>
          <p data-testid="salon-time">Allow about {result.minutes} minutes</p>
        </div>
      )}
    </form>
  );
}

import React, { useState } from "react";

const VANS = [
  { name: "Small van", daily: 45 },
  { name: "Luton van", daily: 75 },
  { name: "7.5 tonne truck", daily: 110 },
];
const FREE_MILES_PER_DAY = 100;
const PER_EXTRA_MILE = 0.25;
const SECOND_DRIVER_PER_DAY = 12;

const money = (n) => `£${n.toFixed(2)}`;

export default function VanHire() {
  const [van, setVan] = useState(VANS[0].name);
  const [days, setDays] = useState("1");
  const [miles, setMiles] = useState("");
  const [secondDriver, setSecondDriver] = useState(false);
  const [quote, setQuote] = useState(null);

  function calculate() {
    const d = Number(days);
    const m = Number(miles);
    if (!Number.isInteger(d) || d < 1 || miles.trim() === "" || m < 0) {
      setQuote({ error: "Enter the days and the estimated miles" });
      return;
    }
    const v = VANS.find((x) => x.name === van);
    const hire = v.daily * d;
    const extraMiles = Math.max(0, m - FREE_MILES_PER_DAY * d);
    const mileage = extraMiles * PER_EXTRA_MILE;
    const driver = secondDriver ? SECOND_DRIVER_PER_DAY * d : 0;
    setQuote({ hire, extraMiles, mileage, driver, total: hire + mileage + driver });
  }

  return (
    <main>
      <h1>Van hire</h1>
      <label htmlFor="van">Vehicle</label>
      <select id="van" value={van} onChange={(e) => setVan(e.target.value)}>
        {VANS.map((v) => <option key={v.name}>{v.name}</option>)}
      </select>
      <label htmlFor="days">Days</label>
      <input id="days" type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} />
      <label htmlFor="miles">Estimated miles</label>
      <input id="miles" type="number" min={0} value={miles} onChange={(e) => setMiles(e.target.value)} />
      <label>
        <input type="checkbox" checked={secondDriver} onChange={(e) => setSecondDriver(e.target.checked)} />
        Add a second driver ({money(SECOND_DRIVER_PER_DAY)} a day)
      </label>
      <button type="button" onClick={calculate}>Calculate</button>
      {quote && quote.error && <p role="alert">{quote.error}</p>}
      {quote && !quote.error && (
        <section aria-label="Hire cost">
          <p>Hire: {money(quote.hire)}</p>
          <p>Extra miles: {quote.extraMiles} ({money(quote.mileage)})</p>
          {quote.driver > 0 && <p>Second driver: {money(quote.driver)}</p>}
          <p data-testid="hire-total">Total: {money(quote.total)}</p>
        </section>
      )}
    </main>
  );
}

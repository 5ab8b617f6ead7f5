import React, { useState } from "react";

const CRAFT = [
  { id: "single", name: "Single kayak", seats: 1, hourly: 15, fullDay: 55 },
  { id: "tandem", name: "Tandem kayak", seats: 2, hourly: 24, fullDay: 80 },
  { id: "sup", name: "Stand-up paddleboard", seats: 1, hourly: 18, fullDay: 60 },
  { id: "canoe", name: "Canadian canoe", seats: 2, hourly: 28, fullDay: 95 },
];
const DURATIONS = [
  { id: "1", label: "1 hour", hours: 1 },
  { id: "2", label: "2 hours", hours: 2 },
  { id: "3", label: "3 hours", hours: 3 },
  { id: "day", label: "Full day", hours: null },
];
const WETSUIT = 6;
const DRY_BAG = 3;
const money = (n) => `£${n.toFixed(2)}`;

export default function KayakHire() {
  const [craftId, setCraftId] = useState("single");
  const [durationId, setDurationId] = useState("1");
  const [wetsuits, setWetsuits] = useState(false);
  const [dryBag, setDryBag] = useState(false);
  const [quote, setQuote] = useState(null);

  function workOut(e) {
    e.preventDefault();
    const craft = CRAFT.find((c) => c.id === craftId);
    const duration = DURATIONS.find((d) => d.id === durationId);
    const hire = duration.hours === null ? craft.fullDay : craft.hourly * duration.hours;
    const suits = wetsuits ? WETSUIT * craft.seats : 0;
    const bag = dryBag ? DRY_BAG : 0;
    setQuote({
      craft,
      duration,
      hire,
      suits,
      bag,
      total: hire + suits + bag,
    });
  }

  return (
    <main>
      <h1>River Wye paddle hire</h1>
      <form onSubmit={workOut}>
        <label htmlFor="craft">What would you like to hire?</label>
        <select id="craft" value={craftId} onChange={(e) => setCraftId(e.target.value)}>
          {CRAFT.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>How long for?</legend>
          {DURATIONS.map((d) => (
            <label key={d.id}>
              <input
                type="radio"
                name="duration"
                value={d.id}
                checked={durationId === d.id}
                onChange={() => setDurationId(d.id)}
              />
              {d.label}
            </label>
          ))}
        </fieldset>

        <label>
          <input type="checkbox" checked={wetsuits} onChange={(e) => setWetsuits(e.target.checked)} />
          Wetsuit hire (£6 per paddler)
        </label>
        <label>
          <input type="checkbox" checked={dryBag} onChange={(e) => setDryBag(e.target.checked)} />
          Dry bag (£3)
        </label>

        <button type="submit">Get price</button>
      </form>

      {quote && (
        <section aria-label="Your price">
          <p data-testid="paddlers">
            {quote.craft.name} for {quote.craft.seats === 1 ? "1 paddler" : `${quote.craft.seats} paddlers`}
          </p>
          <ul>
            <li>
              Hire ({quote.duration.label.toLowerCase()}): {money(quote.hire)}
            </li>
            {quote.suits > 0 && <li>Wetsuits: {money(quote.suits)}</li>}
            {quote.bag > 0 && <li>Dry bag: {money(quote.bag)}</li>}
          </ul>
          <p data-testid="hire-total">Total: {money(quote.total)}</p>
        </section>
      )}
    </main>
  );
}

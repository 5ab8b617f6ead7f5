import React, { useState } from "react";

const BASE_RATE = 10;
const EXTRA_CHILD_RATE = 2;
const MAX_HOURS = 8;
const MAX_CHILDREN = 4;

type Quote = { hours: number; rate: number; total: number };

function toMinutes(t: string): number {
  const [h, m] = t.split(":").map(Number);
  return h * 60 + m;
}

function formatHours(h: number): string {
  const whole = Number.isInteger(h) ? String(h) : h.toFixed(1);
  return `${whole} ${h === 1 ? "hour" : "hours"}`;
}

export default function BabysitterBooking(): JSX.Element {
  const [start, setStart] = useState<string>("");
  const [end, setEnd] = useState<string>("");
  const [children, setChildren] = useState<string>("1");
  const [error, setError] = useState<string>("");
  const [quote, setQuote] = useState<Quote | null>(null);

  function getQuote(e: React.FormEvent): void {
    e.preventDefault();
    setQuote(null);
    if (!start || !end) {
      setError("Enter a start and a finish time");
      return;
    }
    let minutes = toMinutes(end) - toMinutes(start);
    if (minutes <= 0) minutes += 24 * 60; // finishing after midnight
    const hours = minutes / 60;
    if (hours > MAX_HOURS) {
      setError(`Sits longer than ${MAX_HOURS} hours have to be arranged by phone`);
      return;
    }
    const kids = Number(children);
    const rate = BASE_RATE + (kids - 1) * EXTRA_CHILD_RATE;
    setError("");
    setQuote({ hours, rate, total: hours * rate });
  }

  return (
    <form onSubmit={getQuote}>
      <h1>Book a babysitter</h1>
      <label htmlFor="start">Start time</label>
      <input id="start" type="time" value={start} onChange={(e) => setStart(e.target.value)} />
      <label htmlFor="end">Finish time</label>
      <input id="end" type="time" value={end} onChange={(e) => setEnd(e.target.value)} />
      <label htmlFor="children">Number of children</label>
      <select id="children" value={children} onChange={(e) => setChildren(e.target.value)}>
        {Array.from({ length: MAX_CHILDREN }, (_, i) => (
          <option key={i + 1}>{i + 1}</option>
        ))}
      </select>
      <button type="submit">Get quote</button>
      {error && <p role="alert">{error}</p>}
      {quote && (
        <section aria-label="Quote">
          <p data-testid="sit-length">{formatHours(quote.hours)}</p>
          <p data-testid="sit-rate">£{quote.rate.toFixed(2)} an hour</p>
          <p data-testid="sit-total">Total: £{quote.total.toFixed(2)}</p>
        </section>
      )}
    </form>
  );
}

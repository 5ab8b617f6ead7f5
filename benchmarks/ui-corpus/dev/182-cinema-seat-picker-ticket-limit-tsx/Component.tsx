import React, { useState } from "react";

const ROWS = ["A", "B", "C", "D"];
const SEATS_PER_ROW = 6;
const SOLD = new Set(["A3", "A4", "C5"]);
const ADULT = 9.5;
const CHILD = 6;

const money = (n: number): string => `£${n.toFixed(2)}`;

function toCount(v: string): number {
  const n = parseInt(v, 10);
  return Number.isNaN(n) || n < 0 ? 0 : n;
}

export default function SeatPicker(): JSX.Element {
  const [adults, setAdults] = useState<string>("0");
  const [children, setChildren] = useState<string>("0");
  const [picked, setPicked] = useState<string[]>([]);
  const [warning, setWarning] = useState<string>("");
  const [booked, setBooked] = useState<string>("");

  const tickets = toCount(adults) + toCount(children);
  const total = toCount(adults) * ADULT + toCount(children) * CHILD;

  function toggle(seat: string): void {
    setBooked("");
    if (picked.includes(seat)) {
      setPicked(picked.filter((s) => s !== seat));
      setWarning("");
      return;
    }
    if (picked.length >= tickets) {
      setWarning(`You only have ${tickets} tickets. Unselect a seat before picking another one.`);
      return;
    }
    setWarning("");
    setPicked([...picked, seat]);
  }

  const ordered = [...picked].sort();

  return (
    <main>
      <h1>The Lighthouse</h1>
      <p>Screen 2 · Friday 19:30</p>

      <fieldset>
        <legend>Tickets</legend>
        <label htmlFor="adults">Adult ({money(ADULT)})</label>
        <input id="adults" type="number" min={0} value={adults} onChange={(e) => setAdults(e.target.value)} />
        <label htmlFor="children">Child ({money(CHILD)})</label>
        <input id="children" type="number" min={0} value={children} onChange={(e) => setChildren(e.target.value)} />
      </fieldset>

      <p aria-hidden="true">SCREEN</p>
      <div role="group" aria-label="Seats">
        {ROWS.map((row) => (
          <div key={row}>
            <span aria-hidden="true">{row}</span>
            {Array.from({ length: SEATS_PER_ROW }, (_, i) => {
              const seat = `${row}${i + 1}`;
              const sold = SOLD.has(seat);
              return (
                <button
                  key={seat}
                  type="button"
                  aria-label={`Seat ${seat}${sold ? " (sold)" : ""}`}
                  aria-pressed={picked.includes(seat)}
                  disabled={sold}
                  onClick={() => toggle(seat)}
                >
                  {i + 1}
                </button>
              );
            })}
          </div>
        ))}
      </div>

      {warning && <p role="alert">{warning}</p>}

      <section aria-label="Your booking">
        <p data-testid="seat-summary">
          {ordered.length ? `Seats: ${ordered.join(", ")}` : "No seats selected"}
        </p>
        <p data-testid="total">Total: {money(total)}</p>
      </section>

      <button
        type="button"
        disabled={tickets === 0 || picked.length !== tickets}
        onClick={() => setBooked(`${picked.length} seats booked: ${ordered.join(", ")}`)}
      >
        Continue
      </button>
      {booked && <p role="status">{booked}</p>}
    </main>
  );
}

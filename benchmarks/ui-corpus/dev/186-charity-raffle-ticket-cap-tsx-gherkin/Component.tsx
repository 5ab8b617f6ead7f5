import React, { useState } from "react";

const SINGLE = 2;
const STRIP_SIZE = 5;
const STRIP_PRICE = 8;
const MAX_PER_PERSON = 20;

const money = (n: number): string => `£${n.toFixed(2)}`;

function priceFor(n: number): number {
  return Math.floor(n / STRIP_SIZE) * STRIP_PRICE + (n % STRIP_SIZE) * SINGLE;
}

type Purchase = { name: string; numbers: string[]; paid: number };

export default function RaffleTickets(): JSX.Element {
  const [name, setName] = useState<string>("");
  const [count, setCount] = useState<string>("1");
  const [over16, setOver16] = useState<boolean>(false);
  const [error, setError] = useState<string>("");
  const [purchase, setPurchase] = useState<Purchase | null>(null);

  function buy(e: React.FormEvent): void {
    e.preventDefault();
    const n = Number(count);
    setPurchase(null);
    if (!Number.isInteger(n) || n < 1) {
      setError("Enter how many tickets you want");
      return;
    }
    if (n > MAX_PER_PERSON) {
      setError(`Sorry, we can sell no more than ${MAX_PER_PERSON} tickets per person`);
      return;
    }
    setError("");
    const numbers = Array.from({ length: n }, (_, i) => String(i + 1).padStart(4, "0"));
    setPurchase({ name: name.trim(), numbers, paid: priceFor(n) });
  }

  return (
    <form onSubmit={buy}>
      <h1>Spring Hospice Raffle</h1>
      <p>Tickets {money(SINGLE)} each or {STRIP_SIZE} for {money(STRIP_PRICE)}. Draw on 30 April.</p>
      <label htmlFor="name">Name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="count">Number of tickets</label>
      <input id="count" type="number" min={1} value={count} onChange={(e) => setCount(e.target.value)} />
      <label>
        <input type="checkbox" checked={over16} onChange={(e) => setOver16(e.target.checked)} />
        I am 16 or over
      </label>
      <button type="submit" disabled={!over16 || !name.trim()}>
        Buy tickets
      </button>
      {error && <p role="alert">{error}</p>}
      {purchase && (
        <section aria-label="Your tickets">
          <p role="status">
            Thank you {purchase.name}! You paid {money(purchase.paid)}.
          </p>
          <ul>
            {purchase.numbers.map((num) => (
              <li key={num}>{num}</li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}

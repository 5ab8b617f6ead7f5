import React, { useState } from "react";

type StallType = { id: string; label: string; price: number; food: boolean };
type Confirmation = { reference: string; pitch: string };

const STALLS: StallType[] = [
  { id: "standard", label: "Standard 3 × 3 m", price: 25, food: false },
  { id: "large", label: "Large 3 × 6 m", price: 40, food: false },
  { id: "food", label: "Hot food or drink", price: 45, food: true },
];
const DATES = ["Sat 6 July", "Sat 13 July", "Sat 20 July"];
const ELECTRICITY = 8;
const money = (n: number): string => `£${n.toFixed(2)}`;

export default function MarketStallBooking(): JSX.Element {
  const [trader, setTrader] = useState<string>("");
  const [stallId, setStallId] = useState<string>("standard");
  const [date, setDate] = useState<string>(DATES[0]);
  const [electricity, setElectricity] = useState<boolean>(false);
  const [hygiene, setHygiene] = useState<string>("");
  const [errors, setErrors] = useState<string[]>([]);
  const [sending, setSending] = useState<boolean>(false);
  const [failed, setFailed] = useState<boolean>(false);
  const [done, setDone] = useState<Confirmation | null>(null);

  const stall = STALLS.find((s) => s.id === stallId) as StallType;
  const total = stall.price + (electricity ? ELECTRICITY : 0);

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const problems: string[] = [];
    if (trader.trim() === "") problems.push("Enter your trading name");
    if (stall.food && !/^FH-\d{5}$/i.test(hygiene.trim())) {
      problems.push("Food stalls need a food hygiene registration number, like FH-12345");
    }
    setErrors(problems);
    if (problems.length > 0) return;
    setSending(true);
    setFailed(false);
    try {
      const res = await fetch("/api/stall-bookings", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          trader: trader.trim(),
          stall: stall.id,
          date,
          electricity,
          hygieneNumber: stall.food ? hygiene.trim().toUpperCase() : null,
        }),
      });
      if (!res.ok) throw new Error(String(res.status));
      setDone((await res.json()) as Confirmation);
    } catch {
      setFailed(true);
    } finally {
      setSending(false);
    }
  }

  if (done) {
    return (
      <main>
        <h1>Riverside Farmers' Market</h1>
        <p role="status">
          Booked! {trader.trim()} has {done.pitch} on {date}. Reference {done.reference}. {money(total)} to pay on the day.
        </p>
      </main>
    );
  }

  return (
    <main>
      <h1>Riverside Farmers' Market</h1>
      <h2>Book a stall</h2>
      {errors.length > 0 && (
        <div role="alert">
          <ul>
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {failed && <p role="alert">Sorry, the booking didn't go through. Please try again.</p>}
      <form onSubmit={submit} noValidate>
        <label htmlFor="trader">Trading name</label>
        <input id="trader" value={trader} onChange={(e) => setTrader(e.target.value)} />

        <fieldset>
          <legend>Stall</legend>
          {STALLS.map((s) => (
            <label key={s.id}>
              <input type="radio" name="stall" checked={stallId === s.id} onChange={() => setStallId(s.id)} />
              {s.label} ({money(s.price)})
            </label>
          ))}
        </fieldset>

        {stall.food && (
          <>
            <label htmlFor="hygiene">Food hygiene registration number</label>
            <input id="hygiene" value={hygiene} onChange={(e) => setHygiene(e.target.value)} />
          </>
        )}

        <label htmlFor="date">Market day</label>
        <select id="date" value={date} onChange={(e) => setDate(e.target.value)}>
          {DATES.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>

        <label>
          <input type="checkbox" checked={electricity} onChange={(e) => setElectricity(e.target.checked)} />
          Electric hook-up (+{money(ELECTRICITY)})
        </label>

        <p data-testid="stall-total">Stall fee: {money(total)}</p>
        <button type="submit" disabled={sending}>
          {sending ? "Booking…" : "Book stall"}
        </button>
      </form>
    </main>
  );
}

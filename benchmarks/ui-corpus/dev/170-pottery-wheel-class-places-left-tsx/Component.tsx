import React, { useState } from "react";

type PotteryClass = { id: string; title: string; when: string; price: number; left: number };

const START: PotteryClass[] = [
  { id: "taster", title: "Wheel throwing taster", when: "Sat 10:00", price: 39, left: 3 },
  { id: "handbuild", title: "Hand-building: pinch pots", when: "Sat 14:00", price: 32, left: 6 },
  { id: "raku", title: "Raku firing evening", when: "Fri 18:30", price: 55, left: 0 },
];

const GLAZE = 8;
const money = (n: number): string => `£${n.toFixed(2)}`;

function optionLabel(c: PotteryClass): string {
  return `${c.title} - ${c.when} (${money(c.price)})${c.left === 0 ? " - full" : ""}`;
}

export default function PotteryBooking(): JSX.Element {
  const [classes, setClasses] = useState<PotteryClass[]>(START);
  const [classId, setClassId] = useState<string>("handbuild");
  const [name, setName] = useState<string>("");
  const [places, setPlaces] = useState<string>("1");
  const [glaze, setGlaze] = useState<boolean>(false);
  const [error, setError] = useState<string>("");
  const [booked, setBooked] = useState<string>("");

  const chosen = classes.find((c) => c.id === classId) as PotteryClass;

  function book(e: React.FormEvent): void {
    e.preventDefault();
    setBooked("");
    const n = Number(places);
    if (!name.trim()) {
      setError("Please enter the name for the booking");
      return;
    }
    if (!Number.isInteger(n) || n < 1) {
      setError("Book at least 1 place");
      return;
    }
    if (n > chosen.left) {
      setError(`Sorry, only ${chosen.left} ${chosen.left === 1 ? "place is" : "places are"} left in this class`);
      return;
    }
    setError("");
    const total = n * (chosen.price + (glaze ? GLAZE : 0));
    setClasses((all) => all.map((c) => (c.id === chosen.id ? { ...c, left: c.left - n } : c)));
    setBooked(
      `Thanks ${name.trim()}! ${n} ${n === 1 ? "place" : "places"} booked on ${chosen.title} (${chosen.when}). Total paid: ${money(total)}`
    );
  }

  return (
    <form onSubmit={book}>
      <h1>Clay Corner - book a class</h1>
      <label htmlFor="cls">Class</label>
      <select id="cls" value={classId} onChange={(e) => { setClassId(e.target.value); setError(""); }}>
        {classes.map((c) => (
          <option key={c.id} value={c.id} disabled={c.left === 0}>
            {optionLabel(c)}
          </option>
        ))}
      </select>
      <p data-testid="places-left">
        {chosen.left === 0 ? "Full - ask about the waiting list" : `${chosen.left} ${chosen.left === 1 ? "place" : "places"} left`}
      </p>

      <label htmlFor="name">Your name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />

      <label htmlFor="places">Places</label>
      <input id="places" type="number" min={1} value={places} onChange={(e) => setPlaces(e.target.value)} />

      <label>
        <input type="checkbox" checked={glaze} onChange={(e) => setGlaze(e.target.checked)} />
        Glaze and fire my pieces (+{money(GLAZE)} per person)
      </label>

      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={chosen.left === 0}>
        Book places
      </button>
      {booked && <p role="status">{booked}</p>}
    </form>
  );
}

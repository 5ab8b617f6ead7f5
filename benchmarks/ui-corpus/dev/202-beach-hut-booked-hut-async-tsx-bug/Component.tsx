import React, { useEffect, useState } from "react";

type Hut = { number: number; row: string; pricePerDay: number; booked: boolean };

const money = (n: number): string => `£${n.toFixed(2)}`;

export default function BeachHutHire(): JSX.Element {
  const [huts, setHuts] = useState<Hut[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [days, setDays] = useState<string>("1");
  const [availableOnly, setAvailableOnly] = useState<boolean>(false);
  const [reserved, setReserved] = useState<string>("");

  useEffect(() => {
    fetch("/api/beach-huts")
      .then((r) => r.json())
      .then((data: Hut[]) => setHuts(data));
  }, []);

  if (!huts) return <p>Loading beach huts…</p>;

  const hut = huts.find((h) => h.number === chosen) ?? null;
  const n = Number(days);
  const shown = availableOnly ? huts.filter((h) => !h.booked) : huts;

  function reserve(): void {
    if (!hut) return;
    setHuts((all) => (all ?? []).map((h) => (h.number === hut.number ? { ...h, booked: true } : h)));
    setReserved(`Hut ${hut.number} is yours for ${n} ${n === 1 ? "day" : "days"} - ${money(n * hut.pricePerDay)} paid.`);
    setChosen(null);
  }

  return (
    <main>
      <h1>Sandbanks Parade beach huts - week of 14 July</h1>
      <label>
        <input type="checkbox" checked={availableOnly} onChange={(e) => setAvailableOnly(e.target.checked)} />
        Only show available huts
      </label>
      <div>
        {shown.map((h) => (
          <article key={h.number} aria-label={`Hut ${h.number}`}>
            <h2>Hut {h.number}</h2>
            <p>
              {h.row} · {money(h.pricePerDay)} a day
            </p>
            {h.booked && <p>Booked</p>}
            <button type="button" disabled={h.booked} aria-pressed={chosen === h.number} onClick={() => setChosen(h.number)}>
              Choose
            </button>
          </article>
        ))}
      </div>
      {hut && (
        <section aria-label="Your booking">
          <label htmlFor="days">Days</label>
          <select id="days" value={days} onChange={(e) => setDays(e.target.value)}>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          <p data-testid="booking-summary">
            Hut {hut.number} · {n} {n === 1 ? "day" : "days"} · {money(n * hut.pricePerDay)}
          </p>
          <button type="button" onClick={reserve}>
            Reserve
          </button>
        </section>
      )}
      {reserved && <p role="status">{reserved}</p>}
    </main>
  );
}

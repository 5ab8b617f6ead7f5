import React, { useEffect, useState } from "react";

interface Slot {
  id: number;
  day: string;
  time: string;
  hygienist: string;
  taken: boolean;
}

export default function HygienistBooking(): JSX.Element {
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [error, setError] = useState<string>("");
  const [hygienist, setHygienist] = useState<string>("any");
  const [selected, setSelected] = useState<number | null>(null);
  const [confirmation, setConfirmation] = useState<string>("");

  useEffect(() => {
    fetch("/api/hygienist/slots")
      .then((r) => {
        if (!r.ok) throw new Error(`status ${r.status}`);
        return r.json();
      })
      .then((data: Slot[]) => setSlots(data))
      .catch(() => setError("We couldn't load appointments. Please call the practice."));
  }, []);

  if (error) return <p role="alert">{error}</p>;
  if (!slots) return <p>Loading appointments…</p>;

  const names = Array.from(new Set(slots.map((s) => s.hygienist)));
  const shown = hygienist === "any" ? slots : slots.filter((s) => s.hygienist === hygienist);
  const chosen = slots.find((s) => s.id === selected && shown.includes(s));

  return (
    <section>
      <h1>Book a hygienist appointment</h1>
      <label htmlFor="hygienist">Hygienist</label>
      <select id="hygienist" value={hygienist} onChange={(e) => setHygienist(e.target.value)}>
        <option value="any">Any hygienist</option>
        {names.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <fieldset>
        <legend>Appointments</legend>
        {shown.map((s) => (
          <div key={s.id} className="slot">
            <label>
              <input
                type="radio"
                name="slot"
                checked={selected === s.id}
                disabled={s.taken}
                onChange={() => setSelected(s.id)}
              />
              {s.day} {s.time} with {s.hygienist}
              {s.taken ? " (taken)" : ""}
            </label>
          </div>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={!chosen}
        onClick={() => chosen && setConfirmation(`Booked with ${chosen.hygienist} on ${chosen.day} at ${chosen.time}`)}
      >
        Book appointment
      </button>
      {confirmation && <p role="status">{confirmation}</p>}
    </section>
  );
}

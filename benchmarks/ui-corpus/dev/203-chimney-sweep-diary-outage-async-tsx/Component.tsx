import React, { useEffect, useState } from "react";

type Slot = { id: string; day: string; date: string; time: string };
type Load = "loading" | "failed" | "ready";

const APPLIANCES: Record<string, number> = {
  "Open fire": 55,
  "Wood burner": 65,
  "Range cooker": 75,
};
const money = (n: number): string => `£${n.toFixed(2)}`;

export default function SweepBooking(): JSX.Element {
  const [slots, setSlots] = useState<Slot[]>([]);
  const [load, setLoad] = useState<Load>("loading");
  const [attempt, setAttempt] = useState<number>(0);
  const [slotId, setSlotId] = useState<string>("");
  const [appliance, setAppliance] = useState<string>("");
  const [booked, setBooked] = useState<string>("");

  useEffect(() => {
    let live = true;
    setLoad("loading");
    fetch("/api/sweep/slots")
      .then((r) => {
        if (!r.ok) throw new Error(`status ${r.status}`);
        return r.json();
      })
      .then((data: Slot[]) => {
        if (!live) return;
        setSlots([...data].sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time)));
        setLoad("ready");
      })
      .catch(() => live && setLoad("failed"));
    return () => {
      live = false;
    };
  }, [attempt]);

  const slot = slots.find((s) => s.id === slotId);

  return (
    <main>
      <h1>Book a chimney sweep</h1>
      <label htmlFor="appliance">What are we sweeping?</label>
      <select id="appliance" value={appliance} onChange={(e) => setAppliance(e.target.value)}>
        <option value="">Select…</option>
        {Object.entries(APPLIANCES).map(([name, price]) => (
          <option key={name} value={name}>
            {name} - {money(price)}
          </option>
        ))}
      </select>

      {load === "loading" && <p>Checking the diary…</p>}
      {load === "failed" && (
        <div role="alert">
          <p>We couldn't load the sweep's diary just now. Nothing has been booked.</p>
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            Try again
          </button>
        </div>
      )}
      {load === "ready" &&
        (slots.length === 0 ? (
          <p>No appointments left this fortnight - please ring the office.</p>
        ) : (
          <fieldset>
            <legend>Appointment</legend>
            {slots.map((s) => (
              <label key={s.id}>
                <input type="radio" name="slot" checked={slotId === s.id} onChange={() => setSlotId(s.id)} />
                {s.day} {s.time}
              </label>
            ))}
          </fieldset>
        ))}

      <button
        type="button"
        disabled={!slot || !appliance}
        onClick={() =>
          slot && setBooked(`Booked: ${slot.day} ${slot.time}, ${appliance.toLowerCase()} sweep, ${money(APPLIANCES[appliance])}`)
        }
      >
        Book sweep
      </button>
      {booked && <p role="status">{booked}</p>}
    </main>
  );
}

import React, { useEffect, useState } from "react";

type Kind = "washer" | "dryer";

interface Slot {
  id: string;
  machine: string;
  kind: Kind;
  time: string;
  free: boolean;
}

const TABS: { kind: Kind; label: string }[] = [
  { kind: "washer", label: "Washers" },
  { kind: "dryer", label: "Dryers" },
];

export default function LaundryBooking(): JSX.Element {
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [failed, setFailed] = useState<boolean>(false);
  const [tab, setTab] = useState<Kind>("washer");
  const [booked, setBooked] = useState<string | null>(null);

  useEffect(() => {
    fetch("/api/laundry/slots")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: Slot[]) => setSlots(data))
      .catch(() => setFailed(true));
  }, []);

  if (failed) {
    return <p role="alert">The booking list could not be loaded.</p>;
  }
  if (slots === null) {
    return <p>Loading today's slots…</p>;
  }

  const isFree = (s: Slot) => s.free && s.id !== booked;
  const mine = slots.find((s) => s.id === booked);

  return (
    <section>
      <h1>Laundry room – today</h1>
      {mine && (
        <div role="status">
          Booked: {mine.machine} at {mine.time}
          <button onClick={() => setBooked(null)}>Cancel booking</button>
        </div>
      )}
      <div role="tablist" aria-label="Machines">
        {TABS.map((t) => (
          <button
            key={t.kind}
            role="tab"
            id={`tab-${t.kind}`}
            aria-controls={`panel-${t.kind}`}
            aria-selected={tab === t.kind}
            onClick={() => setTab(t.kind)}
          >
            {t.label} ({slots.filter((s) => s.kind === t.kind && isFree(s)).length} free)
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <ul>
          {slots
            .filter((s) => s.kind === tab)
            .map((s) => (
              <li key={s.id} data-testid="slot">
                {s.time} · {s.machine}{" "}
                <button
                  aria-label={`Book ${s.machine} at ${s.time}`}
                  disabled={!s.free || booked !== null}
                  onClick={() => setBooked(s.id)}
                >
                  {s.id === booked ? "Yours" : s.free ? "Book" : "Taken"}
                </button>
              </li>
            ))}
        </ul>
      </div>
    </section>
  );
}

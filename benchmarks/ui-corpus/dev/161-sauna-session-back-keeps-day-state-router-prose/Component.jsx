import React, { useState } from "react";

const DAYS = ["Wednesday", "Thursday", "Friday"];
const PLACE_PRICE = 11;
const TOWEL_PRICE = 2.5;

const INITIAL = {
  Wednesday: [
    { id: "w1", time: "18:00", name: "Quiet sauna", spaces: 8 },
    { id: "w2", time: "20:00", name: "Evening sauna", spaces: 5 },
  ],
  Thursday: [
    { id: "t1", time: "17:30", name: "Quiet sauna", spaces: 3 },
    { id: "t2", time: "19:00", name: "Aufguss", spaces: 0 },
    { id: "t3", time: "20:30", name: "Evening sauna", spaces: 6 },
  ],
  Friday: [
    { id: "f1", time: "19:00", name: "Aufguss", spaces: 2 },
    { id: "f2", time: "21:00", name: "Late sauna", spaces: 10 },
  ],
};

const money = (n) => `£${n.toFixed(2)}`;

function Timetable({ day, onDay, sessions, onBook }) {
  return (
    <section>
      <h1>Sauna timetable</h1>
      <div role="tablist" aria-label="Day">
        {DAYS.map((d) => (
          <button key={d} role="tab" aria-selected={d === day} onClick={() => onDay(d)}>
            {d}
          </button>
        ))}
      </div>
      <ul aria-label={`${day} sessions`}>
        {sessions[day].map((s) => (
          <li key={s.id}>
            <strong>
              {s.time} {s.name}
            </strong>{" "}
            <span>{s.spaces === 0 ? "0 spaces left (full)" : `${s.spaces} spaces left`}</span>{" "}
            <button aria-label={`Book ${s.time} ${s.name}`} disabled={s.spaces === 0} onClick={() => onBook(s.id)}>
              Book
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SessionPage({ day, session, onBack, onConfirm }) {
  const [places, setPlaces] = useState("1");
  const [towels, setTowels] = useState(false);
  const n = Number(places);
  const tooMany = n > session.spaces;
  const valid = Number.isInteger(n) && n >= 1 && !tooMany;
  const total = valid ? n * (PLACE_PRICE + (towels ? TOWEL_PRICE : 0)) : 0;
  return (
    <section>
      <button className="link" onClick={onBack}>
        ‹ Back to timetable
      </button>
      <h1>
        {day} {session.time} {session.name}
      </h1>
      <p>{money(PLACE_PRICE)} per place</p>
      <label htmlFor="places">Places</label>
      <input id="places" type="number" min="1" value={places} onChange={(e) => setPlaces(e.target.value)} />
      <label>
        <input type="checkbox" checked={towels} onChange={(e) => setTowels(e.target.checked)} />
        Towel hire ({money(TOWEL_PRICE)} each)
      </label>
      {tooMany && <p role="alert">Only {session.spaces} spaces are left in this session</p>}
      {valid && <p>Total: {money(total)}</p>}
      <button disabled={!valid} onClick={() => onConfirm(n, total)}>
        Confirm booking
      </button>
    </section>
  );
}

export default function SaunaBooking() {
  const [route, setRoute] = useState({ page: "timetable" });
  const [day, setDay] = useState("Wednesday");
  const [sessions, setSessions] = useState(INITIAL);

  const find = (id) => sessions[day].find((s) => s.id === id);

  if (route.page === "session") {
    return (
      <SessionPage
        day={day}
        session={find(route.id)}
        onBack={() => setRoute({ page: "timetable" })}
        onConfirm={(places, total) => {
          setSessions({
            ...sessions,
            [day]: sessions[day].map((s) => (s.id === route.id ? { ...s, spaces: s.spaces - places } : s)),
          });
          setRoute({ page: "confirmed", id: route.id, places, total });
        }}
      />
    );
  }
  if (route.page === "confirmed") {
    const s = find(route.id);
    return (
      <section>
        <button className="link" onClick={() => setRoute({ page: "timetable" })}>
          ‹ Back to timetable
        </button>
        <h1>Booking confirmed</h1>
        <p role="status">
          {route.places} places booked for {day} {s.time} {s.name}. Total paid {money(route.total)}.
        </p>
      </section>
    );
  }
  return <Timetable day={day} onDay={setDay} sessions={sessions} onBook={(id) => setRoute({ page: "session", id })} />;
}

import React, { useState } from "react";

const ROOMS = [
  { id: "main", name: "Main hall", rate: 18 },
  { id: "small", name: "Small meeting room", rate: 12 },
  { id: "garden", name: "Garden room", rate: 15 },
];
const KITCHEN = 10;

const TIMES = [];
for (let h = 8; h <= 23; h++) {
  TIMES.push(`${String(h).padStart(2, "0")}:00`);
  if (h < 23) TIMES.push(`${String(h).padStart(2, "0")}:30`);
}

const toHours = (t) => {
  const [h, m] = t.split(":").map(Number);
  return h + m / 60;
};
const money = (n) => `£${n.toFixed(2)}`;

export default function HallHire() {
  const [roomId, setRoomId] = useState("main");
  const [start, setStart] = useState("10:00");
  const [end, setEnd] = useState("12:00");
  const [kitchen, setKitchen] = useState(false);
  const [error, setError] = useState("");
  const [price, setPrice] = useState(null);
  const [requested, setRequested] = useState(false);

  const room = ROOMS.find((r) => r.id === roomId);

  function clear() {
    setPrice(null);
    setRequested(false);
  }

  function checkPrice() {
    clear();
    const hours = toHours(end) - toHours(start);
    if (hours <= 0) {
      setError("The end time must be later than the start time");
      return;
    }
    setError("");
    const hire = hours * room.rate;
    setPrice({ hours, hire, total: hire + (kitchen ? KITCHEN : 0) });
  }

  return (
    <section>
      <h1>Hire the community hall</h1>
      <label htmlFor="room">Room</label>
      <select id="room" value={roomId} onChange={(e) => { setRoomId(e.target.value); clear(); }}>
        {ROOMS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      <label htmlFor="start">Start time</label>
      <select id="start" value={start} onChange={(e) => { setStart(e.target.value); clear(); }}>
        {TIMES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <label htmlFor="end">End time</label>
      <select id="end" value={end} onChange={(e) => { setEnd(e.target.value); clear(); }}>
        {TIMES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={kitchen} onChange={(e) => { setKitchen(e.target.checked); clear(); }} />
        Use of the kitchen (+{money(KITCHEN)})
      </label>
      <button type="button" onClick={checkPrice}>
        Check price
      </button>
      {error && <p role="alert">{error}</p>}
      {price && (
        <div data-testid="price">
          <p>
            {price.hours} hours × {money(room.rate)} = {money(price.hire)}
          </p>
          <p>Total: {money(price.total)}</p>
        </div>
      )}
      <button type="button" disabled={!price || requested} onClick={() => setRequested(true)}>
        Request booking
      </button>
      {requested && <p role="status">Booking requested for the {room.name}, {start} to {end}</p>}
    </section>
  );
}

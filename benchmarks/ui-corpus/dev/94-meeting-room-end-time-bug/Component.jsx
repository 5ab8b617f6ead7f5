import React, { useState } from "react";

const ROOMS = [
  { name: "Aurora", seats: 4 },
  { name: "Birch", seats: 8 },
  { name: "Cedar", seats: 12 },
];

function halfHours(from, to) {
  const times = [];
  for (let m = from * 60; m <= to * 60; m += 30) {
    times.push(`${String(Math.floor(m / 60)).padStart(2, "0")}:${m % 60 === 0 ? "00" : "30"}`);
  }
  return times;
}

const STARTS = halfHours(8, 17.5);
const ENDS = halfHours(8.5, 18);

function problems(room, start, end, attendees) {
  const found = {};
  if (end <= start) found.end = "End time must be after the start time";
  const chosen = ROOMS.find((r) => r.name === room);
  const people = Number(attendees);
  if (!Number.isInteger(people) || people < 1) found.attendees = "Enter how many people are coming";
  else if (chosen && people > chosen.seats) found.attendees = `${chosen.name} seats at most ${chosen.seats} people`;
  return found;
}

export default function RoomBooking() {
  const [room, setRoom] = useState("");
  const [start, setStart] = useState("09:00");
  const [end, setEnd] = useState("10:00");
  const [attendees, setAttendees] = useState("");
  const [errors, setErrors] = useState({});
  const [bookings, setBookings] = useState([]);

  const book = (e) => {
    e.preventDefault();
    const found = problems(room, start, end, attendees);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setBookings((list) => [...list, { room, start, end, attendees: Number(attendees) }]);
    }
  };

  return (
    <div>
      <form onSubmit={book} noValidate>
        <h1>Book a meeting room</h1>
        <label htmlFor="room">Room</label>
        <select id="room" value={room} onChange={(e) => setRoom(e.target.value)}>
          <option value="">Choose a room</option>
          {ROOMS.map((r) => (
            <option key={r.name} value={r.name}>
              {r.name} ({r.seats} seats)
            </option>
          ))}
        </select>

        <label htmlFor="start">Start time</label>
        <select id="start" value={start} onChange={(e) => setStart(e.target.value)}>
          {STARTS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>

        <label htmlFor="end">End time</label>
        <select id="end" value={end} aria-invalid={errors.end ? "true" : "false"} onChange={(e) => setEnd(e.target.value)}>
          {ENDS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        {errors.end && <p className="error">{errors.end}</p>}

        <label htmlFor="attendees">Attendees</label>
        <input
          id="attendees"
          inputMode="numeric"
          value={attendees}
          aria-invalid={errors.attendees ? "true" : "false"}
          onChange={(e) => setAttendees(e.target.value)}
        />
        {errors.attendees && <p className="error">{errors.attendees}</p>}

        <button type="submit" disabled={!room}>
          Book room
        </button>
      </form>

      <section>
        <h2>Today's bookings ({bookings.length})</h2>
        <ul>
          {bookings.map((b, i) => (
            <li key={i}>
              {b.room} booked {b.start}–{b.end} for {b.attendees}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import React, { useState } from "react";

type Room = { id: string; name: string; capacity: number; hourly: number };

const ROOMS: Room[] = [
  { id: "small", name: "Small", capacity: 6, hourly: 20 },
  { id: "medium", name: "Medium", capacity: 10, hourly: 30 },
  { id: "large", name: "Large", capacity: 16, hourly: 45 },
];
const STARTS = ["18:00", "19:00", "20:00", "21:00", "22:00"];

const money = (n: number): string => `£${n.toFixed(2)}`;

function endTime(start: string, hours: number): string {
  const h = Number(start.slice(0, 2)) + hours;
  return `${String(h % 24).padStart(2, "0")}:00`;
}

export default function KaraokeBooking(): JSX.Element {
  const [roomId, setRoomId] = useState<string>("small");
  const [guests, setGuests] = useState<string>("");
  const [start, setStart] = useState<string>("19:00");
  const [hours, setHours] = useState<number>(1);
  const [error, setError] = useState<string>("");
  const [booking, setBooking] = useState<string>("");

  const room = ROOMS.find((r) => r.id === roomId) as Room;

  function book(): void {
    setBooking("");
    const g = Number(guests);
    if (!Number.isInteger(g) || g < 1) {
      setError("Enter the number of guests");
      return;
    }
    if (g > room.capacity) {
      setError(`The ${room.name} room holds up to ${room.capacity} guests. Please choose a bigger room.`);
      return;
    }
    setError("");
    setBooking(
      `Booked: ${room.name} room for ${g} guests, ${start}-${endTime(start, hours)}, ${money(room.hourly * hours)}`,
    );
  }

  return (
    <main>
      <h1>Book a karaoke room</h1>
      <label htmlFor="room">Room</label>
      <select id="room" value={roomId} onChange={(e) => setRoomId(e.target.value)}>
        {ROOMS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name} (up to {r.capacity}) - {money(r.hourly)}/hour
          </option>
        ))}
      </select>
      <label htmlFor="guests">Guests</label>
      <input id="guests" type="number" min={1} value={guests} onChange={(e) => setGuests(e.target.value)} />
      <label htmlFor="start">Start time</label>
      <select id="start" value={start} onChange={(e) => setStart(e.target.value)}>
        {STARTS.map((s) => <option key={s}>{s}</option>)}
      </select>
      <label htmlFor="hours">Hours</label>
      <select id="hours" value={hours} onChange={(e) => setHours(Number(e.target.value))}>
        {[1, 2, 3].map((h) => (
          <option key={h} value={h}>
            {h} {h === 1 ? "hour" : "hours"}
          </option>
        ))}
      </select>
      <button type="button" onClick={book}>Book room</button>
      {error && <p role="alert">{error}</p>}
      {booking && <p role="status">{booking}</p>}
    </main>
  );
}

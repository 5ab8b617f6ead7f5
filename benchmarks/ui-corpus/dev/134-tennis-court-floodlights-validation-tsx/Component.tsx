import React, { useState } from "react";

type Court = { id: string; label: string; floodlit: boolean };

const COURTS: Court[] = [
  { id: "c1", label: "Court 1", floodlit: false },
  { id: "c2", label: "Court 2", floodlit: false },
  { id: "c3", label: "Court 3 (floodlit)", floodlit: true },
];
const STARTS: number[] = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];

function hh(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

export default function CourtBooking() {
  const [member, setMember] = useState<string>("");
  const [courtId, setCourtId] = useState<string>("c1");
  const [start, setStart] = useState<number>(9);
  const [hours, setHours] = useState<number>(1);
  const [players, setPlayers] = useState<string>("2");
  const [errors, setErrors] = useState<string[]>([]);
  const [booked, setBooked] = useState<string>("");

  function book(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const court = COURTS.find((c) => c.id === courtId) as Court;
    const found: string[] = [];
    if (!/^\d{6}$/.test(member.trim())) found.push("Member number must be 6 digits");
    if (!court.floodlit && start + hours > 19) {
      found.push(`${court.label} has no floodlights – bookings must end by 19:00`);
    }
    if (start + hours > 22) found.push("The club closes at 22:00");
    if (players !== "2" && players !== "4") found.push("Singles or doubles only (2 or 4 players)");
    setErrors(found);
    setBooked(found.length ? "" : `${court.label.replace(" (floodlit)", "")} booked ${hh(start)}–${hh(start + hours)} for ${players} players`);
  }

  return (
    <form onSubmit={book} noValidate>
      <h2>Book a tennis court</h2>
      <label htmlFor="member">Member number</label>
      <input id="member" value={member} onChange={(e) => setMember(e.target.value)} />
      <label htmlFor="court">Court</label>
      <select id="court" value={courtId} onChange={(e) => setCourtId(e.target.value)}>
        {COURTS.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <label htmlFor="start">Start time</label>
      <select id="start" value={start} onChange={(e) => setStart(Number(e.target.value))}>
        {STARTS.map((h) => (
          <option key={h} value={h}>
            {hh(h)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Duration</legend>
        {[1, 2].map((n) => (
          <label key={n}>
            <input type="radio" name="hours" checked={hours === n} onChange={() => setHours(n)} />
            {n === 1 ? "1 hour" : "2 hours"}
          </label>
        ))}
      </fieldset>
      <label htmlFor="players">Players</label>
      <input id="players" type="number" value={players} onChange={(e) => setPlayers(e.target.value)} />
      {errors.length > 0 && (
        <ul role="alert" style={{ color: "#b00020", border: "1px solid #b00020" }}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button type="submit">Book court</button>
      {booked && <p role="status">{booked}</p>}
    </form>
  );
}

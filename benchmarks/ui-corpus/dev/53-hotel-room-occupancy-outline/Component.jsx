import React, { useState } from "react";

const ROOMS = {
  "Single room": { guests: 1, adults: 1 },
  "Double room": { guests: 2, adults: 2 },
  "Family suite": { guests: 5, adults: 2 },
};

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function checkParty(room, adults, children) {
  const rules = ROOMS[room];
  if (adults < 1) return { fits: false, text: "Every room needs at least one adult" };
  if (adults + children > rules.guests) {
    return { fits: false, text: `${room} sleeps at most ${plural(rules.guests, "guest", "guests")}` };
  }
  if (adults > rules.adults) return { fits: false, text: `${room} takes at most ${plural(rules.adults, "adult", "adults")}` };
  const party = children > 0
    ? `${plural(adults, "adult", "adults")} and ${plural(children, "child", "children")}`
    : plural(adults, "adult", "adults");
  return { fits: true, text: `${party} in a ${room}` };
}

export default function RoomSelection() {
  const [room, setRoom] = useState("Double room");
  const [adults, setAdults] = useState("2");
  const [children, setChildren] = useState("0");
  const [result, setResult] = useState(null);

  function check(event) {
    event.preventDefault();
    setResult(checkParty(room, Number(adults) || 0, Number(children) || 0));
  }

  return (
    <form onSubmit={check}>
      <h2>Choose your room</h2>
      <label htmlFor="room">Room type</label>
      <select id="room" value={room} onChange={(e) => { setRoom(e.target.value); setResult(null); }}>
        {Object.keys(ROOMS).map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <label htmlFor="adults">Adults</label>
      <input id="adults" type="number" min="0" value={adults} onChange={(e) => { setAdults(e.target.value); setResult(null); }} />
      <label htmlFor="children">Children</label>
      <input id="children" type="number" min="0" value={children} onChange={(e) => { setChildren(e.target.value); setResult(null); }} />
      <button type="submit">Check room</button>

      {result && <p role={result.fits ? "status" : "alert"}>{result.text}</p>}
      {result?.fits && <button type="button">Book this room</button>}
    </form>
  );
}

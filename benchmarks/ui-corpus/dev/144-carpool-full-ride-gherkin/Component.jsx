import React, { useState } from "react";

const SEATS = 3;

export default function CarpoolRide() {
  const [passengers, setPassengers] = useState(["Ola"]);
  const [name, setName] = useState("");
  const [error, setError] = useState("");
  const left = SEATS - passengers.length;
  const full = left <= 0;

  function join(event) {
    event.preventDefault();
    const who = name.trim();
    if (!who) return setError("Please enter your name to join");
    if (passengers.some((p) => p.toLowerCase() === who.toLowerCase())) return setError(`${who} is already on this ride`);
    if (full) return setError("This ride is full");
    setPassengers([...passengers, who]);
    setName("");
    setError("");
  }

  return (
    <section>
      <h2>Leeds → Manchester, Fri 07:30</h2>
      <p>Driver: Bea · returns 18:00</p>
      <p data-testid="seats-left">{left === 1 ? "1 seat left" : `${left} seats left`}</p>
      <ul aria-label="Passengers">
        {passengers.map((p) => (
          <li key={p}>
            {p} <button onClick={() => setPassengers(passengers.filter((q) => q !== p))}>Leave</button>
          </li>
        ))}
      </ul>
      {full && <p>This ride is full</p>}
      <form onSubmit={join}>
        <label>
          Your name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={full}>
          Join ride
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

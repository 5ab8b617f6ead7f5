import React, { useState } from "react";

const BOWS = ["Recurve", "Barebow", "Longbow", "Compound"];
const DISTANCES = [10, 18, 30, 50, 70];

function check(ageText, bow, distance) {
  const age = Number(ageText);
  if (ageText.trim() === "" || !Number.isInteger(age) || age <= 0) return "Enter the archer's age";
  if (age < 8) return "Archers must be at least 8 years old";
  if (bow === "Compound" && age < 16) return "Compound bows are for archers aged 16 and over";
  if (age < 12 && distance > 18) return "Under 12s can shoot up to 18 m";
  const lane = distance <= 18 ? "Short range lane" : "Field lane";
  return `${lane} booked: ${distance} m, ${bow}`;
}

export default function ArcheryLaneBooking() {
  const [age, setAge] = useState("");
  const [bow, setBow] = useState("Recurve");
  const [distance, setDistance] = useState(18);
  const [message, setMessage] = useState("");

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(check(age, bow, distance));
      }}
    >
      <h1>Book an archery lane</h1>
      <label htmlFor="age">Age</label>
      <input id="age" type="number" value={age} onChange={(e) => setAge(e.target.value)} />
      <label htmlFor="bow">Bow</label>
      <select id="bow" value={bow} onChange={(e) => setBow(e.target.value)}>
        {BOWS.map((b) => (
          <option key={b}>{b}</option>
        ))}
      </select>
      <label htmlFor="distance">Distance</label>
      <select id="distance" value={distance} onChange={(e) => setDistance(Number(e.target.value))}>
        {DISTANCES.map((d) => (
          <option key={d} value={d}>
            {d} m
          </option>
        ))}
      </select>
      <button type="submit">Check lane</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

import React, { useState } from "react";

function parseTime(text) {
  const match = text.trim().match(/^(\d+):([0-5]\d):([0-5]\d)$/);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

function paceText(distanceText, timeText) {
  const km = Number(distanceText.replace(",", "."));
  if (!distanceText.trim() || Number.isNaN(km)) return { error: "distance", text: "Enter the distance in km" };
  if (km <= 0) return { error: "distance", text: "Distance must be more than 0" };
  const seconds = parseTime(timeText);
  if (seconds === null || seconds === 0) return { error: "time", text: "Enter the time as h:mm:ss" };
  const perKm = Math.round(seconds / km);
  const minutes = Math.floor(perKm / 60);
  const rest = String(perKm % 60).padStart(2, "0");
  return { error: null, text: `Pace ${minutes}:${rest} min/km` };
}

export default function PaceCalculator() {
  const [distance, setDistance] = useState("");
  const [time, setTime] = useState("");
  const [outcome, setOutcome] = useState(null);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setOutcome(paceText(distance, time));
      }}
    >
      <h1>Running pace</h1>
      <label htmlFor="distance">Distance (km)</label>
      <input
        id="distance"
        inputMode="decimal"
        value={distance}
        aria-invalid={outcome?.error === "distance" ? "true" : "false"}
        onChange={(e) => setDistance(e.target.value)}
      />
      <label htmlFor="time">Time (h:mm:ss)</label>
      <input
        id="time"
        value={time}
        aria-invalid={outcome?.error === "time" ? "true" : "false"}
        onChange={(e) => setTime(e.target.value)}
      />
      <button type="submit">Work out pace</button>
      <p role="status" className={outcome?.error ? "error" : "result"}>
        {outcome ? outcome.text : ""}
      </p>
    </form>
  );
}

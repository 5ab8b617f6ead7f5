import React, { useState } from "react";

const RATES = {
  car: { perHour: 2.5, dayCap: 15 },
  motorbike: { perHour: 1, dayCap: 6 },
  van: { perHour: 4, dayCap: 24 },
};

function parkingFee(vehicle, hoursText) {
  const hours = Number(hoursText.replace(",", "."));
  if (!hoursText.trim() || Number.isNaN(hours) || hours <= 0) return "Enter the hours parked";
  if (hours > 24) return "Stays over 24 hours need a season ticket";
  if (hours <= 0.5) return "Free (first 30 minutes)";
  const { perHour, dayCap } = RATES[vehicle];
  // every started hour is charged
  const fee = Math.min(Math.ceil(hours) * perHour, dayCap);
  return `Fee: €${fee.toFixed(2)}`;
}

export default function ParkingFee() {
  const [vehicle, setVehicle] = useState("car");
  const [hours, setHours] = useState("");
  const [result, setResult] = useState("");

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setResult(parkingFee(vehicle, hours));
      }}
    >
      <h2>Parking fee calculator</h2>
      <label htmlFor="vehicle">Vehicle</label>
      <select id="vehicle" value={vehicle} onChange={(e) => setVehicle(e.target.value)}>
        <option value="car">Car</option>
        <option value="motorbike">Motorbike</option>
        <option value="van">Van</option>
      </select>
      <label htmlFor="hours">Hours parked</label>
      <input id="hours" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
      <button type="submit">Calculate fee</button>
      {result && (
        <p className="fee" aria-live="polite">
          {result}
        </p>
      )}
    </form>
  );
}

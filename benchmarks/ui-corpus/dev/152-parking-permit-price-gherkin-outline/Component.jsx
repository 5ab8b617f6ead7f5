import React, { useState } from "react";

const ZONES = [
  { code: "A", name: "Old Town", yearly: 180 },
  { code: "B", name: "Harbour", yearly: 120 },
  { code: "C", name: "University", yearly: 90 },
];

const VEHICLES = ["Petrol/diesel", "Hybrid", "Electric"];

export default function ParkingPermit() {
  const [zone, setZone] = useState("A");
  const [vehicle, setVehicle] = useState("Petrol/diesel");
  const [months, setMonths] = useState("12");
  const [result, setResult] = useState(null);

  function calculate() {
    const z = ZONES.find((x) => x.code === zone);
    if (z.code === "C" && months === "3") {
      setResult({ ok: false, text: "3-month permits are not sold in zone C (University)" });
      return;
    }
    let price = months === "3" ? z.yearly * 0.3 : z.yearly;
    if (vehicle === "Hybrid") price = price / 2;
    if (vehicle === "Electric") price = 0;
    setResult({ ok: true, text: `Permit price: £${price.toFixed(2)}` });
  }

  function change(setter) {
    return (value) => {
      setter(value);
      setResult(null);
    };
  }

  return (
    <main>
      <h1>Resident parking permit</h1>
      <label>
        Zone
        <select value={zone} onChange={(e) => change(setZone)(e.target.value)}>
          {ZONES.map((z) => (
            <option key={z.code} value={z.code}>
              Zone {z.code} – {z.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Vehicle type</legend>
        {VEHICLES.map((v) => (
          <label key={v}>
            <input type="radio" name="vehicle" checked={vehicle === v} onChange={() => change(setVehicle)(v)} />
            {v}
          </label>
        ))}
      </fieldset>
      <label>
        Permit length
        <select value={months} onChange={(e) => change(setMonths)(e.target.value)}>
          <option value="3">3 months</option>
          <option value="12">12 months</option>
        </select>
      </label>
      <button onClick={calculate}>Calculate price</button>
      {result && result.ok && <p role="status">{result.text}</p>}
      {result && !result.ok && <p role="alert">{result.text}</p>}
      <button disabled={!result || !result.ok}>Buy permit</button>
    </main>
  );
}

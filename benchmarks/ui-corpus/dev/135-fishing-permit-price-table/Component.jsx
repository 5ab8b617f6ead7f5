import React, { useState } from "react";

const ADULT = { "1 day": 8, "3 days": 20, "7 days": 35, Season: 120 };

function permitPrice(ageText, days, night) {
  const age = Number(ageText);
  if (ageText.trim() === "" || !Number.isInteger(age) || age < 0 || age > 110) return "Enter a valid age";
  if (age < 12) return "Under 12s fish free with an adult";
  if (night && age < 18) return "Night fishing is for adults only";
  let price = ADULT[days];
  if (age < 18) price = price / 2;
  else if (age >= 66) price = price * 0.75;
  if (night) price += 5;
  return `£${price.toFixed(2)}`;
}

export default function FishingPermit() {
  const [age, setAge] = useState("");
  const [days, setDays] = useState("1 day");
  const [night, setNight] = useState(false);
  const [result, setResult] = useState("");

  return (
    <div>
      <h2>River Wey angling permit</h2>
      <label>
        Angler's age
        <input value={age} onChange={(e) => setAge(e.target.value)} />
      </label>
      <label>
        Days
        <select value={days} onChange={(e) => setDays(e.target.value)}>
          {Object.keys(ADULT).map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={night} onChange={(e) => setNight(e.target.checked)} />
        Night fishing
      </label>
      <button style={{ background: "#2e7d32", color: "white" }} onClick={() => setResult(permitPrice(age, days, night))}>
        Work out price
      </button>
      {result && <p role="status">{result}</p>}
    </div>
  );
}

import React, { useState } from "react";

const JOBS = { "Locked out": 65, "Lock change": 90, "Broken key removal": 55 };
const TIMES = { "Weekday daytime": 1, "Weekday evening": 1.5, Weekend: 1.5, "Bank holiday": 2 };
const FREE_MILES = 10;
const PER_MILE = 1.2;

const money = (n) => `£${n.toFixed(2)}`;

export default function LocksmithCallout() {
  const [time, setTime] = useState("Weekday daytime");
  const [job, setJob] = useState("Locked out");
  const [miles, setMiles] = useState("");
  const [result, setResult] = useState(null);

  function work() {
    const d = Number(miles);
    if (miles.trim() === "" || Number.isNaN(d) || d < 0) {
      setResult({ error: "Enter the distance in miles" });
      return;
    }
    const labour = JOBS[job] * TIMES[time];
    const travel = Math.max(0, Math.ceil(d) - FREE_MILES) * PER_MILE;
    setResult({ labour, travel, total: Math.round((labour + travel) * 100) / 100 });
  }

  return (
    <main>
      <h1>Keyfast Locksmiths - call-out charge</h1>
      <label>
        Call-out time
        <select value={time} onChange={(e) => setTime(e.target.value)}>
          {Object.keys(TIMES).map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Job
        <select value={job} onChange={(e) => setJob(e.target.value)}>
          {Object.keys(JOBS).map((j) => (
            <option key={j}>{j}</option>
          ))}
        </select>
      </label>
      <label>
        Distance (miles)
        <input type="number" min="0" value={miles} onChange={(e) => setMiles(e.target.value)} />
      </label>
      <button onClick={work}>Work out charge</button>
      {result && result.error && <p role="alert">{result.error}</p>}
      {result && !result.error && (
        <div>
          <p>Labour: {money(result.labour)}</p>
          <p>Travel: {result.travel ? money(result.travel) : "free within 10 miles"}</p>
          <p data-testid="charge">Call-out charge: {money(result.total)}</p>
        </div>
      )}
    </main>
  );
}

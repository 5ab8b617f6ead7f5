import React, { useState } from "react";

// Winter offsets from London (no daylight saving in January), in minutes.
const CITIES = [
  { name: "New York", offset: -5 * 60 },
  { name: "Mumbai", offset: 5 * 60 + 30 },
  { name: "Tokyo", offset: 9 * 60 },
  { name: "Sydney", offset: 11 * 60 },
];

const pad = (n) => String(n).padStart(2, "0");

function convert(time, city) {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  if (!match) {
    return { error: "Enter the time as HH:MM, for example 09:30" };
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]) + city.offset;
  const dayShift = Math.floor(minutes / 1440);
  const local = ((minutes % 1440) + 1440) % 1440;
  const suffix = dayShift > 0 ? " (next day)" : dayShift < 0 ? " (previous day)" : "";
  return { text: `${pad(Math.floor(local / 60))}:${pad(local % 60)} in ${city.name}${suffix}` };
}

export default function MeetingClock() {
  const [time, setTime] = useState("");
  const [cityName, setCityName] = useState("New York");
  const [result, setResult] = useState(null);

  const onConvert = (e) => {
    e.preventDefault();
    setResult(convert(time, CITIES.find((c) => c.name === cityName)));
  };

  return (
    <form onSubmit={onConvert}>
      <h1>Meeting time converter</h1>
      <p>Times are for January, when London is on GMT.</p>
      <label htmlFor="london-time">Time in London</label>
      <input id="london-time" value={time} placeholder="HH:MM" onChange={(e) => setTime(e.target.value)} />
      <label htmlFor="city">City</label>
      <select id="city" value={cityName} onChange={(e) => setCityName(e.target.value)}>
        {CITIES.map((c) => (
          <option key={c.name}>{c.name}</option>
        ))}
      </select>
      <button type="submit">Convert</button>
      {result && result.text && <p role="status">{result.text}</p>}
      {result && result.error && <p role="alert">{result.error}</p>}
    </form>
  );
}

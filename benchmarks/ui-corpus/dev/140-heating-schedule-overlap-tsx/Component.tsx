import React, { useState } from "react";

interface Period {
  from: string;
  until: string;
  temp: number;
}

const START: Period[] = [
  { from: "06:30", until: "08:00", temp: 21 },
  { from: "17:00", until: "22:00", temp: 20 },
];

function overlaps(a: Period, b: Period): boolean {
  return a.from < b.until && b.from < a.until;
}

export default function HeatingSchedule() {
  const [periods, setPeriods] = useState<Period[]>(START);
  const [from, setFrom] = useState<string>("");
  const [until, setUntil] = useState<string>("");
  const [temp, setTemp] = useState<string>("20");
  const [error, setError] = useState<string>("");

  function add() {
    const candidate: Period = { from, until, temp: Number(temp) };
    if (!from || !until || until <= from) {
      setError("The end time must be after the start time");
      return;
    }
    if (!(candidate.temp >= 5 && candidate.temp <= 28)) {
      setError("Choose a temperature between 5 and 28 °C");
      return;
    }
    const clash = periods.find((p) => overlaps(p, candidate));
    if (clash) {
      setError(`This period overlaps ${clash.from}–${clash.until}`);
      return;
    }
    setError("");
    setPeriods([...periods, candidate].sort((a, b) => a.from.localeCompare(b.from)));
  }

  function remove(p: Period) {
    setPeriods(periods.filter((q) => q !== p));
  }

  return (
    <section>
      <h2>Heating schedule – Monday</h2>
      <p data-testid="period-count">{periods.length} heating periods</p>
      <ul>
        {periods.map((p) => (
          <li key={p.from} data-testid="period">
            <span>
              {p.from}–{p.until} at {p.temp} °C
            </span>
            <button aria-label={`Remove ${p.from}–${p.until}`} onClick={() => remove(p)}>
              🗑
            </button>
          </li>
        ))}
      </ul>
      <label>
        From
        <input type="time" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        Until
        <input type="time" value={until} onChange={(e) => setUntil(e.target.value)} />
      </label>
      <label>
        Temperature (°C)
        <input type="number" value={temp} onChange={(e) => setTemp(e.target.value)} />
      </label>
      <button onClick={add}>Add period</button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

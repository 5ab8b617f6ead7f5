import React, { useState } from "react";

type Reading = { id: number; systolic: number; diastolic: number; pulse: number | null; arm: string; time: string };

function category(sys: number, dia: number): string {
  if (sys >= 140 || dia >= 90) return "High stage 2";
  if (sys >= 130 || dia >= 80) return "High stage 1";
  if (sys >= 120) return "Elevated";
  return "Normal";
}

const clock = (n: number): string => `08:${String(n * 5).padStart(2, "0")}`;

export default function BloodPressureLog(): JSX.Element {
  const [readings, setReadings] = useState<Reading[]>([]);
  const [systolic, setSystolic] = useState<string>("");
  const [diastolic, setDiastolic] = useState<string>("");
  const [pulse, setPulse] = useState<string>("");
  const [arm, setArm] = useState<string>("Left");
  const [error, setError] = useState<string>("");

  function add(e: React.FormEvent): void {
    e.preventDefault();
    const sys = Number(systolic);
    const dia = Number(diastolic);
    if (!systolic || !diastolic || !Number.isInteger(sys) || !Number.isInteger(dia)) {
      setError("Enter both numbers from the monitor");
      return;
    }
    if (sys < 70 || sys > 250) {
      setError("The top number (systolic) must be between 70 and 250");
      return;
    }
    if (dia < 40 || dia > 150) {
      setError("The bottom number (diastolic) must be between 40 and 150");
      return;
    }
    if (sys <= dia) {
      setError("The top number has to be higher than the bottom number - check you haven't swapped them");
      return;
    }
    setError("");
    const next: Reading = {
      id: readings.length + 1,
      systolic: sys,
      diastolic: dia,
      pulse: pulse ? Number(pulse) : null,
      arm,
      time: clock(readings.length),
    };
    setReadings([next, ...readings]);
    setSystolic("");
    setDiastolic("");
    setPulse("");
  }

  const avg = (f: (r: Reading) => number): number =>
    Math.round(readings.reduce((s, r) => s + f(r), 0) / readings.length);

  return (
    <main>
      <h1>My blood pressure</h1>
      <form onSubmit={add} noValidate>
        <label htmlFor="sys">Systolic (top number)</label>
        <input id="sys" inputMode="numeric" value={systolic} onChange={(e) => setSystolic(e.target.value)} />
        <label htmlFor="dia">Diastolic (bottom number)</label>
        <input id="dia" inputMode="numeric" value={diastolic} onChange={(e) => setDiastolic(e.target.value)} />
        <label htmlFor="pulse">Pulse (optional)</label>
        <input id="pulse" inputMode="numeric" value={pulse} onChange={(e) => setPulse(e.target.value)} />
        <label htmlFor="arm">Arm</label>
        <select id="arm" value={arm} onChange={(e) => setArm(e.target.value)}>
          <option>Left</option>
          <option>Right</option>
        </select>
        <button type="submit">Add reading</button>
        {error && <p role="alert">{error}</p>}
      </form>

      {readings.length === 0 ? (
        <p>No readings yet today.</p>
      ) : (
        <>
          <p data-testid="summary">
            {readings.length} {readings.length === 1 ? "reading" : "readings"} · average {avg((r) => r.systolic)}/
            {avg((r) => r.diastolic)}
          </p>
          <table aria-label="Today's readings">
            <thead>
              <tr>
                <th>Time</th>
                <th>Reading</th>
                <th>Pulse</th>
                <th>Arm</th>
                <th>Category</th>
              </tr>
            </thead>
            <tbody>
              {readings.map((r) => (
                <tr key={r.id}>
                  <td>{r.time}</td>
                  <td>
                    {r.systolic}/{r.diastolic}
                  </td>
                  <td>{r.pulse ?? "-"}</td>
                  <td>{r.arm}</td>
                  <td>{category(r.systolic, r.diastolic)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}

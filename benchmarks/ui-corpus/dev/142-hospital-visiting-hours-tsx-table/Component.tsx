import React, { useState } from "react";

type Window = [string, string];
type Ward = "General surgery" | "Maternity" | "Children's ward" | "Intensive care";

const WARDS: Ward[] = ["General surgery", "Maternity", "Children's ward", "Intensive care"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function windowsFor(ward: Ward, day: string): Window[] {
  if (ward === "General surgery") return day === "Saturday" || day === "Sunday" ? [["11:00", "20:00"]] : [["14:00", "20:00"]];
  return [
    ["10:00", "12:00"],
    ["15:00", "20:00"],
  ];
}

function answer(ward: Ward, day: string, time: string): string {
  if (!time) return "Enter your arrival time";
  if (ward === "Children's ward") return "Parents and carers can visit at any time";
  if (ward === "Intensive care") return "Please ring the ward before visiting";
  const windows = windowsFor(ward, day);
  const open = windows.find(([from, until]) => time >= from && time < until);
  if (open) return `Yes – visiting until ${open[1]}`;
  const next = windows.find(([from]) => time < from);
  return next ? `No – next visiting starts at ${next[0]}` : "No – visiting has ended for today";
}

export default function VisitingHours() {
  const [ward, setWard] = useState<Ward>("General surgery");
  const [day, setDay] = useState<string>("Monday");
  const [time, setTime] = useState<string>("");
  const [result, setResult] = useState<string>("");

  return (
    <div>
      <h2>St Bride's visiting hours</h2>
      <label>
        Ward
        <select value={ward} onChange={(e) => setWard(e.target.value as Ward)}>
          {WARDS.map((w) => (
            <option key={w}>{w}</option>
          ))}
        </select>
      </label>
      <label>
        Day
        <select value={day} onChange={(e) => setDay(e.target.value)}>
          {DAYS.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label>
        Arrival time
        <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </label>
      <button onClick={() => setResult(answer(ward, day, time))}>Can I visit?</button>
      <p data-testid="visit-answer">{result}</p>
    </div>
  );
}

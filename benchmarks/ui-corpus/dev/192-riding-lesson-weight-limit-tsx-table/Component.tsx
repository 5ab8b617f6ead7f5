import React, { useState } from "react";

type Horse = { name: string; maxWeight: number; minAge: number; maxAge: number; minutes: number; price: number };

const HORSES: Horse[] = [
  { name: "Pony", maxWeight: 50, minAge: 6, maxAge: 14, minutes: 30, price: 28 },
  { name: "Cob", maxWeight: 95, minAge: 10, maxAge: 99, minutes: 45, price: 40 },
  { name: "Hunter", maxWeight: 110, minAge: 14, maxAge: 99, minutes: 60, price: 55 },
];
const MIN_AGE = 6;

function check(age: number, weight: number, horse: Horse): { ok: boolean; text: string } {
  if (age < MIN_AGE) return { ok: false, text: `Riders must be at least ${MIN_AGE} years old` };
  if (age < horse.minAge) return { ok: false, text: `The ${horse.name} is for riders aged ${horse.minAge} and over` };
  if (age > horse.maxAge) return { ok: false, text: `The ${horse.name} is for riders up to ${horse.maxAge}` };
  if (weight > horse.maxWeight) {
    return { ok: false, text: `Over the ${horse.name}'s weight limit of ${horse.maxWeight} kg` };
  }
  return {
    ok: true,
    text: `Lesson available on ${horse.name}: ${horse.minutes} min, £${horse.price.toFixed(2)}`,
  };
}

export default function RidingLessonCheck(): JSX.Element {
  const [age, setAge] = useState<string>("");
  const [weight, setWeight] = useState<string>("");
  const [horseName, setHorseName] = useState<string>("Pony");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  function onCheck(): void {
    const a = Number(age);
    const w = Number(weight);
    if (!age.trim() || !weight.trim() || Number.isNaN(a) || Number.isNaN(w)) {
      setResult({ ok: false, text: "Enter the rider's age and weight" });
      return;
    }
    setResult(check(a, w, HORSES.find((h) => h.name === horseName) as Horse));
  }

  return (
    <main>
      <h1>Riding lessons</h1>
      <label htmlFor="age">Rider's age</label>
      <input id="age" type="number" value={age} onChange={(e) => setAge(e.target.value)} />
      <label htmlFor="weight">Weight (kg)</label>
      <input id="weight" type="number" value={weight} onChange={(e) => setWeight(e.target.value)} />
      <label htmlFor="horse">Horse</label>
      <select id="horse" value={horseName} onChange={(e) => setHorseName(e.target.value)}>
        {HORSES.map((h) => <option key={h.name}>{h.name}</option>)}
      </select>
      <button type="button" onClick={onCheck}>Check availability</button>
      {result && (
        <p role="status" className={result.ok ? "ok" : "refused"}>
          {result.text}
        </p>
      )}
    </main>
  );
}

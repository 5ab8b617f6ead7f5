import React, { useState } from "react";

type Skier = "adult" | "youth" | "child" | "infant";

const ADULT_PRICE: Record<number, number> = { 1: 52, 2: 98, 3: 140, 6: 255 };
const SHARE: Record<Skier, number> = { adult: 1, youth: 0.75, child: 0.5, infant: 0 };
const HELMET_PER_DAY = 6;

const SKIERS: { id: Skier; label: string }[] = [
  { id: "adult", label: "Adult" },
  { id: "youth", label: "Youth (13–17)" },
  { id: "child", label: "Child (6–12)" },
  { id: "infant", label: "Under 6" },
];

function total(days: number, skier: Skier, helmet: boolean): number {
  const pass = Math.floor(ADULT_PRICE[days] * SHARE[skier]);
  return pass + (helmet ? HELMET_PER_DAY * days : 0);
}

export default function SkiPassPrice(): JSX.Element {
  const [days, setDays] = useState(1);
  const [skier, setSkier] = useState<Skier>("adult");
  const [helmet, setHelmet] = useState(false);

  const free = skier === "infant";
  const amount = total(days, skier, helmet);

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h1>Lift pass – Valbruna ski area</h1>
      <label htmlFor="days">Days</label>
      <select id="days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
        {Object.keys(ADULT_PRICE).map((d) => (
          <option key={d} value={d}>
            {d === "1" ? "1 day" : `${d} days`}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>Skier</legend>
        {SKIERS.map((s) => (
          <label key={s.id}>
            <input type="radio" name="skier" value={s.id} checked={skier === s.id} onChange={() => setSkier(s.id)} />
            {s.label}
          </label>
        ))}
      </fieldset>

      <label>
        <input type="checkbox" checked={helmet} onChange={(e) => setHelmet(e.target.checked)} />
        Helmet rental (€{HELMET_PER_DAY} per day)
      </label>

      <p>
        Total <strong data-testid="total">{free && !helmet ? "Free – no pass needed" : `€${amount}`}</strong>
      </p>
      <button type="submit" disabled={free && !helmet}>
        Buy pass
      </button>
    </form>
  );
}

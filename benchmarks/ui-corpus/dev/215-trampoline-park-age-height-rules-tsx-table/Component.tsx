import React, { useState } from "react";

type Session = { name: string; price: number };
type Outcome = { ok: boolean; text: string };

const SESSIONS: Session[] = [
  { name: "Toddler hour", price: 6 },
  { name: "Open jump", price: 12 },
  { name: "Dodgeball", price: 14 },
];
const TODDLER_MAX_AGE = 5; // under 5 only
const DODGEBALL_MIN_AGE = 8;
const DODGEBALL_MIN_HEIGHT = 120;

function decide(age: number, height: number, session: Session): Outcome {
  const booked = { ok: true, text: `Booked: ${session.name}, £${session.price.toFixed(2)}` };
  if (session.name === "Toddler hour") {
    return age < TODDLER_MAX_AGE ? booked : { ok: false, text: "Toddler hour is for children under 5" };
  }
  if (age < TODDLER_MAX_AGE) {
    return { ok: false, text: "Children under 5 can only book Toddler hour" };
  }
  if (session.name === "Dodgeball") {
    if (age < DODGEBALL_MIN_AGE) return { ok: false, text: "Dodgeball is for ages 8 and up" };
    if (height < DODGEBALL_MIN_HEIGHT) {
      return { ok: false, text: "Dodgeball players must be at least 120 cm tall" };
    }
  }
  return booked;
}

export default function JumpSessionCheck(): JSX.Element {
  const [age, setAge] = useState<string>("");
  const [height, setHeight] = useState<string>("");
  const [session, setSession] = useState<string>(SESSIONS[1].name);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function check(): void {
    const a = Number(age);
    const h = Number(height);
    if (!age.trim() || !height.trim() || Number.isNaN(a) || Number.isNaN(h) || a < 0 || h <= 0) {
      setOutcome({ ok: false, text: "Enter the jumper's age and height" });
      return;
    }
    setOutcome(decide(a, h, SESSIONS.find((s) => s.name === session) as Session));
  }

  return (
    <main>
      <h1>Bounce Box trampoline park</h1>
      <label htmlFor="age">Jumper's age</label>
      <input id="age" type="number" value={age} onChange={(e) => setAge(e.target.value)} />
      <label htmlFor="height">Height (cm)</label>
      <input id="height" type="number" value={height} onChange={(e) => setHeight(e.target.value)} />
      <label htmlFor="session">Session</label>
      <select id="session" value={session} onChange={(e) => setSession(e.target.value)}>
        {SESSIONS.map((s) => (
          <option key={s.name}>{s.name}</option>
        ))}
      </select>
      <button type="button" onClick={check}>Check and book</button>
      {outcome && (
        <p role="status" data-ok={outcome.ok}>
          {outcome.text}
        </p>
      )}
    </main>
  );
}

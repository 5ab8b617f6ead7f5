import React, { useState } from "react";

const MIN_AGE = 8;
const ADULT_AGE = 16;
const MAX_WEIGHT_KG = 127;
const ADULT_PRICE = 189;
const CHILD_PRICE = 149;

type Result = { ok: true; text: string } | { ok: false; text: string };

function checkPassenger(name: string, ageText: string, weightText: string, withAdult: boolean): Result {
  if (name.trim() === "") return { ok: false, text: "Enter the passenger's full name." };
  const age = Number(ageText);
  const weight = Number(weightText);
  if (ageText.trim() === "" || !Number.isInteger(age) || age < 0) {
    return { ok: false, text: "Enter the passenger's age in whole years." };
  }
  if (weightText.trim() === "" || Number.isNaN(weight) || weight <= 0) {
    return { ok: false, text: "Enter the passenger's weight in kg." };
  }
  if (age < MIN_AGE) {
    return { ok: false, text: `Passengers must be at least ${MIN_AGE} years old on the day of the flight.` };
  }
  if (age < ADULT_AGE && !withAdult) {
    return { ok: false, text: `Passengers under ${ADULT_AGE} must fly with an adult in the same basket.` };
  }
  if (weight > MAX_WEIGHT_KG) {
    return {
      ok: false,
      text: `For safety reasons we can't take passengers over ${MAX_WEIGHT_KG} kg. Please call us to discuss.`,
    };
  }
  const price = age < ADULT_AGE ? CHILD_PRICE : ADULT_PRICE;
  return { ok: true, text: `${name.trim()} can fly – £${price} (${age < ADULT_AGE ? "child" : "adult"} ticket)` };
}

export default function BalloonPassengerCheck(): JSX.Element {
  const [name, setName] = useState<string>("");
  const [age, setAge] = useState<string>("");
  const [weight, setWeight] = useState<string>("");
  const [withAdult, setWithAdult] = useState<boolean>(false);
  const [result, setResult] = useState<Result | null>(null);
  const [added, setAdded] = useState<string[]>([]);

  function submit(e: React.FormEvent): void {
    e.preventDefault();
    setResult(checkPassenger(name, age, weight, withAdult));
  }

  return (
    <main>
      <h1>Sunrise balloon flight – passenger check</h1>
      <p>Flights leave from Castle Howard. Every passenger has to be checked before they can be added.</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="name">Passenger name</label>
        <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="age">Age</label>
        <input id="age" inputMode="numeric" value={age} onChange={(e) => setAge(e.target.value)} />
        <label htmlFor="weight">Weight (kg)</label>
        <input id="weight" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />
        <label>
          <input type="checkbox" checked={withAdult} onChange={(e) => setWithAdult(e.target.checked)} />
          Flying with an adult
        </label>
        <button type="submit">Check passenger</button>
      </form>

      {result && !result.ok && <p role="alert">{result.text}</p>}
      {result && result.ok && (
        <div>
          <p role="status">{result.text}</p>
          <button type="button" onClick={() => setAdded([...added, name.trim()])}>
            Add to booking
          </button>
        </div>
      )}

      {added.length > 0 && (
        <ul aria-label="Passengers on this booking">
          {added.map((p, i) => (
            <li key={`${p}-${i}`}>{p}</li>
          ))}
        </ul>
      )}
    </main>
  );
}

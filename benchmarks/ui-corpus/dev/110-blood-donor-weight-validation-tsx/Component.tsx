import React, { useState } from "react";

const CENTRES = ["Northgate", "Riverside", "Castle Mews"];
const MIN_WEIGHT_KG = 50;

export default function DonorBooking() {
  const [name, setName] = useState("");
  const [age, setAge] = useState("");
  const [weight, setWeight] = useState("");
  const [centre, setCentre] = useState(CENTRES[0]);
  const [gapConfirmed, setGapConfirmed] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [booked, setBooked] = useState<string | null>(null);

  function validate(): string[] {
    const found: string[] = [];
    if (!name.trim()) found.push("Enter your full name");
    const years = Number(age);
    if (!age.trim() || !Number.isInteger(years) || years < 17 || years > 65) {
      found.push("Age must be between 17 and 65");
    }
    const kg = Number(weight.replace(",", "."));
    if (!weight.trim() || Number.isNaN(kg)) found.push("Enter your weight in kg");
    else if (kg < MIN_WEIGHT_KG) found.push(`Weight must be at least ${MIN_WEIGHT_KG} kg`);
    return found;
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setBooked(found.length > 0 ? null : `Appointment booked at ${centre} for ${name.trim()}`);
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2>Book a blood donation</h2>
      <label htmlFor="donor-name">Full name</label>
      <input id="donor-name" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="donor-age">Age</label>
      <input id="donor-age" inputMode="numeric" value={age} onChange={(e) => setAge(e.target.value)} />
      <label htmlFor="donor-weight">Weight (kg)</label>
      <input
        id="donor-weight"
        inputMode="decimal"
        value={weight}
        onChange={(e) => setWeight(e.target.value)}
      />
      <label htmlFor="donor-centre">Donation centre</label>
      <select id="donor-centre" value={centre} onChange={(e) => setCentre(e.target.value)}>
        {CENTRES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          checked={gapConfirmed}
          onChange={(e) => setGapConfirmed(e.target.checked)}
        />
        I have not donated blood in the last 12 weeks
      </label>
      <button type="submit" disabled={!gapConfirmed}>
        Book appointment
      </button>
      {errors.length > 0 && (
        <div role="alert">
          <p>Please fix the following:</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {booked && <p role="status">{booked}</p>}
    </form>
  );
}

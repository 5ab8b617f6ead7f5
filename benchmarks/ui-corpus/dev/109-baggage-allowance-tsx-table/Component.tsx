import React, { useState } from "react";

type Fare = "Light" | "Standard" | "Flex";

const ALLOWANCE_KG: Record<Fare, number> = { Light: 0, Standard: 23, Flex: 32 };
const MAX_BAG_KG = 32;
const FEE_PER_KG = 12;
const BAG_FOR_LIGHT = 35;

function verdict(fare: Fare, weightText: string): string {
  const weight = Number(weightText.replace(",", "."));
  if (weightText.trim() === "" || !Number.isFinite(weight) || weight <= 0) {
    return "Enter the bag weight in kg, for example 18.5.";
  }
  if (weight > MAX_BAG_KG) {
    return `Bags over ${MAX_BAG_KG} kg can't be checked in. Please send it as cargo.`;
  }
  if (fare === "Light") {
    return `Light fares don't include a checked bag. Add one for €${BAG_FOR_LIGHT}.`;
  }
  const allowance = ALLOWANCE_KG[fare];
  if (weight <= allowance) {
    return `Within your ${allowance} kg allowance.`;
  }
  const extra = Math.ceil(weight - allowance);
  return `${extra} kg over: €${extra * FEE_PER_KG} excess fee.`;
}

export default function BaggageCheck(): JSX.Element {
  const [fare, setFare] = useState<Fare>("Standard");
  const [weight, setWeight] = useState<string>("");
  const [message, setMessage] = useState<string | null>(null);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(verdict(fare, weight));
      }}
    >
      <h1>Checked baggage</h1>
      <label htmlFor="fare">Fare</label>
      <select id="fare" value={fare} onChange={(e) => setFare(e.target.value as Fare)}>
        {(Object.keys(ALLOWANCE_KG) as Fare[]).map((f) => (
          <option key={f}>{f}</option>
        ))}
      </select>
      <label htmlFor="weight">Bag weight (kg)</label>
      <input id="weight" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />
      <button type="submit">Check bag</button>
      {message !== null && <output data-testid="bag-verdict">{message}</output>}
    </form>
  );
}

import React, { useState } from "react";

type Locker = { name: string; inside: [number, number, number] };

// inside measurements in cm, longest side first
const LOCKERS: Locker[] = [
  { name: "S", inside: [35, 25, 10] },
  { name: "M", inside: [50, 40, 20] },
  { name: "L", inside: [64, 45, 40] },
];
const MAX_KG = 20;

function fits(parcel: number[], locker: Locker): boolean {
  const sides = [...parcel].sort((a, b) => b - a); // a parcel can be turned any way round
  return sides.every((side, index) => side <= locker.inside[index]);
}

export default function LockerSizeFinder() {
  const [length, setLength] = useState("");
  const [width, setWidth] = useState("");
  const [height, setHeight] = useState("");
  const [weight, setWeight] = useState("");
  const [result, setResult] = useState("");

  function find(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sides = [length, width, height];
    if (sides.some((side) => side.trim() === "" || !(Number(side) > 0))) {
      setResult("Enter all three dimensions");
      return;
    }
    if (!(Number(weight) > 0)) {
      setResult("Enter the parcel's weight");
      return;
    }
    if (Number(weight) > MAX_KG) {
      setResult(`Too heavy: lockers take parcels up to ${MAX_KG} kg`);
      return;
    }
    const locker = LOCKERS.find((candidate) => fits(sides.map(Number), candidate));
    setResult(locker ? `Size ${locker.name} locker` : "Too big for a locker, book a courier instead");
  }

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <p>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min="0" value={value} onChange={(e) => set(e.target.value)} />
    </p>
  );

  return (
    <form onSubmit={find} noValidate>
      <h2>Which locker fits my parcel?</h2>
      {field("length", "Length (cm)", length, setLength)}
      {field("width", "Width (cm)", width, setWidth)}
      {field("height", "Height (cm)", height, setHeight)}
      {field("weight", "Weight (kg)", weight, setWeight)}
      <button type="submit">Find a locker</button>
      <p aria-live="polite" data-testid="locker-result">
        {result}
      </p>
    </form>
  );
}

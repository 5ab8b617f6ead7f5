import React, { useState } from "react";

const ZONES = { domestic: 4.5, europe: 9, world: 16 };

export default function ShippingCost() {
  const [weight, setWeight] = useState("");
  const [zone, setZone] = useState("domestic");
  const [result, setResult] = useState("");

  function quote() {
    const kilos = Number(weight);
    if (!weight.trim() || Number.isNaN(kilos) || kilos <= 0) {
      setResult("Enter a weight above 0 kg");
    } else if (kilos > 30) {
      setResult("Parcels over 30 kg go by freight");
    } else {
      const price = ZONES[zone] + Math.max(0, Math.ceil(kilos) - 1) * 1.5;
      setResult(`Postage: €${price.toFixed(2)}`);
    }
  }

  return (
    <div>
      <h2>Postage calculator</h2>
      <label htmlFor="weight">Weight in kg</label>
      <input id="weight" value={weight} onChange={(e) => setWeight(e.target.value)} />
      <label htmlFor="zone">Destination</label>
      <select id="zone" value={zone} onChange={(e) => setZone(e.target.value)}>
        <option value="domestic">Domestic</option>
        <option value="europe">Europe</option>
        <option value="world">Rest of the world</option>
      </select>
      <button onClick={quote}>Get price</button>
      <output data-testid="postage">{result}</output>
    </div>
  );
}

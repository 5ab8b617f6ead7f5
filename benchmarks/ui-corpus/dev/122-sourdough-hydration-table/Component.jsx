import React, { useState } from "react";

// The starter is fed 1:1, so half its weight is flour and half is water.
function hydration(flour, water, starter) {
  const totalFlour = flour + starter / 2;
  const totalWater = water + starter / 2;
  return Math.round((totalWater / totalFlour) * 100);
}

export default function SourdoughHydration() {
  const [flour, setFlour] = useState("");
  const [water, setWater] = useState("");
  const [starter, setStarter] = useState("");
  const [message, setMessage] = useState("");

  function workOut(event) {
    event.preventDefault();
    const f = Number(flour);
    const w = Number(water);
    const s = starter.trim() === "" ? 0 : Number(starter);
    if (flour.trim() === "" || !(f > 0)) {
      setMessage("Flour must be more than 0 g");
    } else if (water.trim() === "" || Number.isNaN(w) || w < 0) {
      setMessage("Enter the water weight");
    } else if (Number.isNaN(s) || s < 0) {
      setMessage("Starter cannot be negative");
    } else {
      setMessage(`Dough hydration: ${hydration(f, w, s)}%`);
    }
  }

  return (
    <form onSubmit={workOut} noValidate>
      <h1>Baker's percentage</h1>
      <div>
        <label htmlFor="flour">Flour (g)</label>
        <input id="flour" inputMode="decimal" value={flour} onChange={(e) => setFlour(e.target.value)} />
      </div>
      <div>
        <label htmlFor="water">Water (g)</label>
        <input id="water" inputMode="decimal" value={water} onChange={(e) => setWater(e.target.value)} />
      </div>
      <div>
        <label htmlFor="starter">Starter (g)</label>
        <input id="starter" inputMode="decimal" value={starter} onChange={(e) => setStarter(e.target.value)} />
        <small> 100% hydration starter; leave blank if you use none</small>
      </div>
      <button type="submit">Work out hydration</button>
      <p role="status">{message}</p>
    </form>
  );
}

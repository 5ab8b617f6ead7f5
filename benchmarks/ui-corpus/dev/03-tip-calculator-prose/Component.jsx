import React, { useState } from "react";

export default function TipCalculator() {
  const [bill, setBill] = useState("");
  const [tip, setTip] = useState("15");
  const [people, setPeople] = useState("1");
  const amount = Number.parseFloat(bill);
  const split = Number.parseInt(people, 10);
  const valid = Number.isFinite(amount) && amount > 0 && split >= 1;
  const perPerson = valid ? (amount * (1 + Number(tip) / 100)) / split : 0;

  return (
    <main>
      <h1>Split the bill</h1>
      <label>
        Bill amount
        <input type="number" value={bill} onChange={(e) => setBill(e.target.value)} />
      </label>
      <label>
        Tip
        <select value={tip} onChange={(e) => setTip(e.target.value)}>
          <option value="10">10%</option>
          <option value="15">15%</option>
          <option value="20">20%</option>
        </select>
      </label>
      <label>
        Number of people
        <input type="number" min="1" value={people} onChange={(e) => setPeople(e.target.value)} />
      </label>
      {valid ? (
        <output data-testid="per-person">Each person pays ${perPerson.toFixed(2)}</output>
      ) : (
        <p data-testid="hint">Enter the bill to see each share</p>
      )}
    </main>
  );
}

import React, { useState } from "react";

const MIN = 50;
const MAX = 5000;

function planFor(rawAmount, instalments) {
  if (rawAmount.trim() === "") return { error: "Enter the purchase amount" };
  const amount = Number(rawAmount);
  if (!Number.isFinite(amount) || amount < MIN || amount > MAX) {
    return { error: "Instalments are available for purchases between €50 and €5,000" };
  }
  const each = (amount / instalments).toFixed(2);
  return { plan: `${instalments} monthly payments of €${each}` };
}

export default function InstalmentPlan() {
  const [amount, setAmount] = useState("");
  const [instalments, setInstalments] = useState("3");
  const [result, setResult] = useState(null);

  function showPlan(event) {
    event.preventDefault();
    setResult(planFor(amount, Number(instalments)));
  }

  return (
    <form onSubmit={showPlan}>
      <h2>Pay in instalments</h2>
      <label htmlFor="purchase">Purchase amount</label>
      <input
        id="purchase"
        type="number"
        step="0.01"
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
      />
      <label htmlFor="instalments">Instalments</label>
      <select id="instalments" value={instalments} onChange={(e) => setInstalments(e.target.value)}>
        <option value="3">3</option>
        <option value="6">6</option>
        <option value="12">12</option>
      </select>
      <button type="submit">Show plan</button>
      {result?.error && <p role="alert">{result.error}</p>}
      {result?.plan && <p role="status">{result.plan}</p>}
    </form>
  );
}

import React, { useState } from "react";

export default function SavingsPlan() {
  const [target, setTarget] = useState("");
  const [deposit, setDeposit] = useState("");
  const [remind, setRemind] = useState(false);
  const [problem, setProblem] = useState("");
  const [plan, setPlan] = useState("");

  function makePlan() {
    const goal = Number(target);
    const monthly = Number(deposit);
    if (!(goal > 0) || !(monthly > 0)) {
      setProblem("Enter both amounts");
      setPlan("");
    } else if (monthly > goal) {
      setProblem("Deposit cannot exceed the target");
      setPlan("");
    } else {
      setProblem("");
      setPlan(`Goal reached in ${Math.ceil(goal / monthly)} months`);
    }
  }

  return (
    <div>
      <h2>Savings plan</h2>
      <label htmlFor="target">Target amount</label>
      <input id="target" value={target} onChange={(e) => setTarget(e.target.value)} />
      <label htmlFor="deposit">Monthly deposit</label>
      <input id="deposit" value={deposit} onChange={(e) => setDeposit(e.target.value)} />
      {problem && <small className="field-note">{problem}</small>}
      <label>
        <input type="checkbox" checked={remind} onChange={(e) => setRemind(e.target.checked)} />
        Remind me every month
      </label>
      {remind && (
        <>
          <label htmlFor="day">Reminder day</label>
          <input id="day" type="number" min="1" max="28" />
        </>
      )}
      <button onClick={makePlan}>Make a plan</button>
      {plan && <p>{plan}</p>}
    </div>
  );
}

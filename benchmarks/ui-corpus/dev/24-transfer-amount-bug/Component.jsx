import React, { useState } from "react";

export default function MoneyTransfer() {
  const [recipient, setRecipient] = useState("");
  const [amount, setAmount] = useState("");
  const [problems, setProblems] = useState([]);
  const [done, setDone] = useState("");

  function review() {
    const found = [];
    if (!recipient.trim()) found.push("Choose who receives the money.");
    const value = Number(amount);
    if (!(value > 0)) found.push("The amount must be greater than 0.");
    else if (value > 2500) found.push("Transfers above 2,500 need a phone confirmation.");
    setProblems(found);
    setDone(found.length ? "" : `Ready to send ${value.toFixed(2)} EUR to ${recipient.trim()}`);
  }

  return (
    <div>
      <label>
        Recipient
        <input value={recipient} onChange={(e) => setRecipient(e.target.value)} />
      </label>
      <label>
        Amount in EUR
        <input value={amount} onChange={(e) => setAmount(e.target.value)} />
      </label>
      <button onClick={review}>Review transfer</button>
      {problems.length > 0 && <div role="alert">{problems.join(" ")}</div>}
      {done && <p role="status">{done}</p>}
    </div>
  );
}

import React, { useState } from "react";

const MAX_BALANCE = 80;
const PRESETS = [5, 10, 20, 50];
const money = (n: number): string => `£${n.toFixed(2)}`;

type Payment = { id: number; amount: number };

export default function BusPassTopUp(): JSX.Element {
  const [balance, setBalance] = useState<number>(12.5);
  const [choice, setChoice] = useState<string>("10");
  const [other, setOther] = useState<string>("");
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [payments, setPayments] = useState<Payment[]>([]);

  const full = balance >= MAX_BALANCE;

  function topUp(): void {
    const amount = choice === "other" ? Number(other) : Number(choice);
    if (choice === "other" && (other.trim() === "" || Number.isNaN(amount) || amount < 1)) {
      setMessage({ kind: "error", text: "Enter an amount of at least £1.00" });
      return;
    }
    if (Math.round((balance + amount) * 100) > MAX_BALANCE * 100) {
      const room = MAX_BALANCE - balance;
      setMessage({
        kind: "error",
        text: `A pass can hold at most ${money(MAX_BALANCE)}. You can add up to ${money(room)} today.`,
      });
      return;
    }
    const next = Math.round((balance + amount) * 100) / 100;
    setBalance(next);
    setPayments((p) => [...p, { id: p.length + 1, amount }]);
    setMessage({ kind: "ok", text: `${money(amount)} added to your pass.` });
  }

  return (
    <main>
      <h1>Top up your Riverside bus pass</h1>
      <p>
        Pass 6337 0081 · Balance: <strong data-testid="balance">{money(balance)}</strong>
      </p>
      <fieldset>
        <legend>How much would you like to add?</legend>
        {PRESETS.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="amount"
              value={String(p)}
              checked={choice === String(p)}
              onChange={() => setChoice(String(p))}
            />
            {money(p)}
          </label>
        ))}
        <label>
          <input type="radio" name="amount" value="other" checked={choice === "other"} onChange={() => setChoice("other")} />
          Other amount
        </label>
        {choice === "other" && (
          <>
            <label htmlFor="other">Amount in pounds</label>
            <input id="other" inputMode="decimal" value={other} onChange={(e) => setOther(e.target.value)} />
          </>
        )}
      </fieldset>
      <button type="button" onClick={topUp} disabled={full}>
        Top up
      </button>
      {full && <p>Your pass is full.</p>}
      {message && <p role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      <h2>Today's top-ups</h2>
      {payments.length === 0 ? (
        <p>No top-ups yet today.</p>
      ) : (
        <ul aria-label="Today's top-ups">
          {payments.map((p) => (
            <li key={p.id}>{money(p.amount)} by card</li>
          ))}
        </ul>
      )}
    </main>
  );
}

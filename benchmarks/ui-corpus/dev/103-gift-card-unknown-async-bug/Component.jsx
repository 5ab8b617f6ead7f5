import React, { useState } from "react";

export default function GiftCardBalance() {
  const [number, setNumber] = useState("");
  const [state, setState] = useState({ kind: "idle" });

  const check = async (e) => {
    e.preventDefault();
    const digits = number.replace(/\s+/g, "");
    if (!/^\d{8}$/.test(digits)) {
      setState({ kind: "error", message: "Gift card numbers have 8 digits." });
      return;
    }
    setState({ kind: "loading" });
    try {
      const response = await fetch(`/api/gift-cards/${digits}`);
      if (response.status === 404) {
        setState({ kind: "error", message: "We couldn't find a card with that number. Check the digits on the back of the card." });
        return;
      }
      if (!response.ok) {
        setState({ kind: "error", message: "Something went wrong. Please try again later." });
        return;
      }
      const card = await response.json();
      setState({ kind: "balance", balance: card.balance, expires: card.expires });
    } catch {
      setState({ kind: "error", message: "Something went wrong. Please try again later." });
    }
  };

  return (
    <form onSubmit={check}>
      <h1>Check your gift card balance</h1>
      <label htmlFor="card-number">Card number</label>
      <input id="card-number" inputMode="numeric" value={number} onChange={(e) => setNumber(e.target.value)} />
      <button type="submit" disabled={state.kind === "loading"}>
        Check balance
      </button>
      {state.kind === "loading" && <p>Checking…</p>}
      {state.kind === "error" && <p role="alert">{state.message}</p>}
      {state.kind === "balance" && (
        <p role="status">
          Balance: €{state.balance.toFixed(2)} (valid until {state.expires})
        </p>
      )}
    </form>
  );
}

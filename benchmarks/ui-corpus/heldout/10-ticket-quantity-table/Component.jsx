import React, { useState } from "react";

const PRICE = 18;

export default function TicketOrder() {
  const [tickets, setTickets] = useState("");
  const [answer, setAnswer] = useState("");

  function order(event) {
    event.preventDefault();
    const n = Number(tickets);
    if (!Number.isInteger(n) || n < 1) setAnswer("Choose at least one ticket");
    else if (n > 8) setAnswer("At most 8 tickets per order");
    else setAnswer(`${n} × €${PRICE} = €${n * PRICE}`);
  }

  return (
    <form onSubmit={order}>
      <label htmlFor="tickets">Number of tickets</label>
      <input id="tickets" value={tickets} onChange={(e) => setTickets(e.target.value)} />
      <button type="submit">Calculate price</button>
      {answer && <output>{answer}</output>}
    </form>
  );
}

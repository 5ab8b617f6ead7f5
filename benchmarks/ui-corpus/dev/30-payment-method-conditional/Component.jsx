import React, { useState } from "react";

export default function PaymentMethod() {
  const [method, setMethod] = useState("card");
  const [cardNumber, setCardNumber] = useState("");
  const [message, setMessage] = useState("");

  function pay() {
    if (method === "card" && cardNumber.replace(/\s/g, "").length !== 16) {
      setMessage("Card number must have 16 digits");
    } else {
      setMessage(method === "card" ? "Payment authorised" : "Redirecting you to the bank transfer page");
    }
  }

  return (
    <fieldset>
      <legend>Payment method</legend>
      <label>
        <input type="radio" name="method" checked={method === "card"} onChange={() => setMethod("card")} />
        Credit card
      </label>
      <label>
        <input type="radio" name="method" checked={method === "transfer"} onChange={() => setMethod("transfer")} />
        Bank transfer
      </label>
      {method === "card" && (
        <label>
          Card number
          <input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />
        </label>
      )}
      <button onClick={pay}>Pay now</button>
      {message && <p data-testid="payment-message">{message}</p>}
    </fieldset>
  );
}

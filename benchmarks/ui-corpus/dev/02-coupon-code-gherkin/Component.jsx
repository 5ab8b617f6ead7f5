import React, { useState } from "react";

const CODES = { SAVE10: 10, WELCOME5: 5 };

export default function CouponBox() {
  const [code, setCode] = useState("");
  const [applied, setApplied] = useState(null);
  const [error, setError] = useState("");
  const subtotal = 80;
  const discount = applied ? (subtotal * CODES[applied]) / 100 : 0;

  function apply() {
    const normalized = code.trim().toUpperCase();
    if (!normalized) {
      setError("Enter a coupon code first");
    } else if (!(normalized in CODES)) {
      setError(`Coupon ${normalized} is not valid`);
    } else {
      setApplied(normalized);
      setError("");
      setCode("");
    }
  }

  return (
    <section>
      <h2>Order summary</h2>
      <p data-testid="subtotal">Subtotal: ${subtotal.toFixed(2)}</p>
      <input
        aria-label="Coupon code"
        placeholder="Have a coupon?"
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button onClick={apply}>Apply</button>
      {error && <p role="alert">{error}</p>}
      {applied && (
        <p data-testid="discount">
          {applied} applied: -${discount.toFixed(2)}
          <button onClick={() => setApplied(null)}>Remove coupon</button>
        </p>
      )}
      <p data-testid="total">Total: ${(subtotal - discount).toFixed(2)}</p>
    </section>
  );
}

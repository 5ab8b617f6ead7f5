import React, { useState } from "react";

function cost(kg) {
  if (kg <= 0) return null;
  if (kg <= 2) return 4.5;
  if (kg <= 10) return 9.9;
  if (kg <= 30) return 24;
  return undefined;
}

export default function ShippingEstimate() {
  const [weight, setWeight] = useState("");
  const [quote, setQuote] = useState("");

  function estimate() {
    const price = cost(Number(weight));
    if (price === null || Number.isNaN(Number(weight))) setQuote("Enter a weight above 0 kg");
    else if (price === undefined) setQuote("Parcels over 30 kg go by freight");
    else setQuote(`Shipping costs €${price.toFixed(2)}`);
  }

  return (
    <div>
      <label>
        Parcel weight (kg)
        <input value={weight} onChange={(e) => setWeight(e.target.value)} />
      </label>
      <button onClick={estimate}>Estimate</button>
      {quote && <p aria-live="polite">{quote}</p>}
    </div>
  );
}

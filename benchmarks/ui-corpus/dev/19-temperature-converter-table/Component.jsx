import React, { useState } from "react";

export default function TemperatureConverter() {
  const [celsius, setCelsius] = useState("");
  const value = Number.parseFloat(celsius);
  const text = Number.isFinite(value) ? `${((value * 9) / 5 + 32).toFixed(1)} °F` : "Enter a temperature";
  return (
    <div>
      <label>
        Degrees Celsius
        <input value={celsius} onChange={(e) => setCelsius(e.target.value)} />
      </label>
      <p data-testid="fahrenheit">{text}</p>
    </div>
  );
}

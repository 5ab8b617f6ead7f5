import React, { useState } from "react";

export default function DeliveryForm() {
  const [separate, setSeparate] = useState(false);
  const [street, setStreet] = useState("");
  const [saved, setSaved] = useState("");
  const [error, setError] = useState("");

  function save() {
    if (separate && !street.trim()) {
      setError("Delivery street is required");
      setSaved("");
      return;
    }
    setError("");
    setSaved(separate ? `Delivering to ${street.trim()}` : "Delivering to your billing address");
  }

  return (
    <fieldset>
      <legend>Delivery</legend>
      <label>
        <input type="checkbox" checked={separate} onChange={(e) => setSeparate(e.target.checked)} />
        Deliver to a different address
      </label>
      {separate && (
        <label>
          Delivery street
          <input value={street} onChange={(e) => setStreet(e.target.value)} />
        </label>
      )}
      {error && <p role="alert">{error}</p>}
      <button onClick={save}>Save delivery</button>
      {saved && <p role="status">{saved}</p>}
    </fieldset>
  );
}

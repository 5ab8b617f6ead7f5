import React, { useState } from "react";

export default function SavedAddresses() {
  const [addresses, setAddresses] = useState(["12 Harbour Road", "7 Linden Lane", "301 Mill Street"]);
  const [pending, setPending] = useState(null);

  function confirmRemoval() {
    setAddresses((current) => current.filter((a) => a !== pending));
    setPending(null);
  }

  return (
    <section>
      <h2>Saved addresses</h2>
      <ul>
        {addresses.map((address) => (
          <li key={address}>
            {address}
            <button aria-label={`Remove ${address}`} onClick={() => setPending(address)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {pending && (
        <div role="dialog" aria-modal="true" aria-labelledby="confirm-title">
          <h3 id="confirm-title">Remove this address?</h3>
          <p>{pending} will no longer be offered at checkout.</p>
          <button onClick={() => setPending(null)}>Keep it</button>
          <button onClick={confirmRemoval}>Yes, remove</button>
        </div>
      )}
    </section>
  );
}

import React, { useState } from "react";

const START = [
  { id: "home", label: "Home", line: "12 Larch Road, Leeds" },
  { id: "work", label: "Work", line: "Unit 4, Canal Wharf, Leeds" },
  { id: "mum", label: "Mum's", line: "3 Orchard Close, York" },
];

const BinIcon = () => (
  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
    <path d="M3 4h10M6 4V2h4v2M5 4l1 10h4l1-10" stroke="currentColor" fill="none" />
  </svg>
);
const PencilIcon = () => (
  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
    <path d="M2 14l2-5 8-8 3 3-8 8z" stroke="currentColor" fill="none" />
  </svg>
);

export default function SavedAddresses() {
  const [addresses, setAddresses] = useState(START);
  const [pending, setPending] = useState(null);
  const [toast, setToast] = useState("");

  function removePending() {
    setAddresses(addresses.filter((a) => a.id !== pending.id));
    setToast(`${pending.label} address removed`);
    setPending(null);
  }

  return (
    <main>
      <h1>Saved addresses</h1>
      <ul className="address-list">
        {addresses.map((a) => (
          <li key={a.id}>
            <strong>{a.label}</strong> — {a.line}
            <button className="icon-btn" aria-label={`Edit ${a.label} address`}>
              <PencilIcon />
            </button>
            <button className="icon-btn" aria-label={`Delete ${a.label} address`} onClick={() => setPending(a)}>
              <BinIcon />
            </button>
          </li>
        ))}
      </ul>
      {pending && (
        <div className="backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="confirm-title">
            <h2 id="confirm-title">Delete this address?</h2>
            <p>{pending.line} will be removed from your account.</p>
            <button onClick={() => setPending(null)}>Keep it</button>
            <button className="danger" onClick={removePending}>
              Delete
            </button>
          </div>
        </div>
      )}
      {toast && <div className="toast">{toast}</div>}
    </main>
  );
}

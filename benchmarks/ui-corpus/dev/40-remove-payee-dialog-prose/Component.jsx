import React, { useState } from "react";

const INITIAL = [
  { id: "p1", name: "Marco Rossi", iban: "IT60 X054 2811 1010 0000 0123 456" },
  { id: "p2", name: "Lena Fischer", iban: "DE89 3704 0044 0532 0130 00" },
  { id: "p3", name: "Priya Nair", iban: "GB29 NWBK 6016 1331 9268 19" },
];

function ConfirmRemoval({ payee, onCancel, onConfirm }) {
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="remove-title" className="dialog">
      <h3 id="remove-title">Remove payee?</h3>
      <p>{payee.name} will no longer appear in your saved payees. This can't be undone.</p>
      <button onClick={onCancel}>Cancel</button>
      <button onClick={onConfirm}>Remove payee</button>
    </div>
  );
}

export default function SavedPayees() {
  const [payees, setPayees] = useState(INITIAL);
  const [pending, setPending] = useState(null);
  const [notice, setNotice] = useState("");

  function confirmRemoval() {
    setPayees(payees.filter((p) => p.id !== pending.id));
    setNotice(`${pending.name} was removed.`);
    setPending(null);
  }

  return (
    <section>
      <h2>Saved payees ({payees.length})</h2>
      {notice && <p role="status">{notice}</p>}
      <ul>
        {payees.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> <span>{p.iban}</span>{" "}
            <button onClick={() => setPending(p)}>Remove</button>
          </li>
        ))}
      </ul>
      {pending && (
        <ConfirmRemoval payee={pending} onCancel={() => setPending(null)} onConfirm={confirmRemoval} />
      )}
    </section>
  );
}

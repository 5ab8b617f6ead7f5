import React, { useState } from "react";

export default function TicketLabels() {
  const [draft, setDraft] = useState("");
  const [labels, setLabels] = useState([]);
  const [error, setError] = useState("");

  function add() {
    const name = draft.trim().toLowerCase();
    if (!name) return;
    if (labels.includes(name)) {
      setError(`"${name}" is already on this ticket`);
    } else {
      setLabels([...labels, name]);
      setError("");
    }
    setDraft("");
  }

  return (
    <div>
      <h2>Ticket #4812</h2>
      <label htmlFor="new-label">New label</label>
      <input
        id="new-label"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") add();
        }}
      />
      <button onClick={add}>Add label</button>
      {error && <p role="alert">{error}</p>}
      <ul aria-label="Labels">
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </div>
  );
}

import React, { useEffect, useRef, useState } from "react";

function ConfirmCancelDialog({ endDate, onKeep, onConfirm }) {
  const [understood, setUnderstood] = useState(false);
  const keepRef = useRef(null);

  useEffect(() => {
    keepRef.current?.focus();
    const onKey = (event) => event.key === "Escape" && onKeep();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onKeep]);

  return (
    <div className="backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="cancel-title" aria-describedby="cancel-body">
        <h2 id="cancel-title">Cancel your membership?</h2>
        <p id="cancel-body">You can keep using the gym until {endDate}. Classes you booked after that date will be released.</p>
        <label>
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          I understand my locker will be emptied
        </label>
        <div className="actions">
          <button ref={keepRef} onClick={onKeep}>
            Keep my membership
          </button>
          <button disabled={!understood} onClick={onConfirm}>
            Yes, cancel
          </button>
        </div>
      </div>
    </div>
  );
}

export default function Membership() {
  const [status, setStatus] = useState("Active");
  const [asking, setAsking] = useState(false);
  const endDate = "28 February";

  return (
    <main>
      <h1>Membership</h1>
      <p>
        Plan: Off-peak · Status: <strong data-testid="membership-status">{status}</strong>
      </p>
      {status === "Active" ? (
        <button onClick={() => setAsking(true)}>Cancel membership</button>
      ) : (
        <p>Your membership ends on {endDate}.</p>
      )}
      {asking && (
        <ConfirmCancelDialog
          endDate={endDate}
          onKeep={() => setAsking(false)}
          onConfirm={() => {
            setStatus("Cancelled");
            setAsking(false);
          }}
        />
      )}
    </main>
  );
}

import React, { useState } from "react";

// Deliveries every two weeks, starting with the next one.
const UPCOMING = ["14 March", "28 March", "11 April", "25 April", "9 May"];
const SKIPS = [
  { n: 1, label: "Skip 1 delivery" },
  { n: 2, label: "Skip 2 deliveries" },
  { n: 4, label: "Skip 4 deliveries" },
];

function PauseDialog({ onCancel, onConfirm }) {
  const [skip, setSkip] = useState(null);
  return (
    <div className="backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="pause-title">
        <h2 id="pause-title">Pause your subscription</h2>
        <fieldset>
          <legend>How long?</legend>
          {SKIPS.map((s) => (
            <label key={s.n}>
              <input type="radio" name="skip" checked={skip === s.n} onChange={() => setSkip(s.n)} />
              {s.label}
            </label>
          ))}
        </fieldset>
        {skip !== null && <p>Your next delivery will be on {UPCOMING[skip]}.</p>}
        <button onClick={onCancel}>Keep my deliveries</button>
        <button disabled={skip === null} onClick={() => onConfirm(skip)}>
          Confirm pause
        </button>
      </div>
    </div>
  );
}

export default function CoffeeSubscription() {
  const [skipped, setSkipped] = useState(0);
  const [dialogOpen, setDialogOpen] = useState(false);

  return (
    <main>
      <h1>Your coffee subscription</h1>
      <p>Ethiopia Guji, whole bean · 250 g every 2 weeks</p>
      <p data-testid="delivery-status">
        {skipped === 0 ? `Next delivery: ${UPCOMING[0]}` : `Paused until ${UPCOMING[skipped]}`}
      </p>
      {skipped === 0 ? (
        <button onClick={() => setDialogOpen(true)}>Pause deliveries</button>
      ) : (
        <button onClick={() => setSkipped(0)}>Resume now</button>
      )}
      {dialogOpen && (
        <PauseDialog
          onCancel={() => setDialogOpen(false)}
          onConfirm={(n) => {
            setSkipped(n);
            setDialogOpen(false);
          }}
        />
      )}
    </main>
  );
}

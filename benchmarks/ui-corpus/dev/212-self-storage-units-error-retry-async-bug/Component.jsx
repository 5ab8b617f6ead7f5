import React, { useCallback, useEffect, useState } from "react";

export default function StorageUnits() {
  const [units, setUnits] = useState([]);
  const [state, setState] = useState("loading"); // loading | ready | failed
  const [freeOnly, setFreeOnly] = useState(true);

  const load = useCallback(() => {
    setState("loading");
    fetch("/api/units")
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then((data) => {
        setUnits(data);
        setState("ready");
      })
      .catch(() => setState("failed"));
  }, []);

  useEffect(() => {
    load();
  }, [load]);

  const shown = units.filter((u) => !freeOnly || u.available);
  const free = units.filter((u) => u.available).length;

  return (
    <main>
      <h1>Storage units at Riverside Depot</h1>
      <label>
        <input type="checkbox" checked={freeOnly} onChange={(e) => setFreeOnly(e.target.checked)} />
        Only show free units
      </label>
      {state === "loading" && <p>Checking availability…</p>}
      {state === "failed" && (
        <div role="alert">
          <p>We couldn't check availability just now.</p>
          <button type="button" onClick={load}>
            Try again
          </button>
        </div>
      )}
      {state === "ready" && (
        <>
          <p data-testid="free-count">
            {free === 0 ? "No units are free at this site right now" : `${free} of ${units.length} units free`}
          </p>
          <ul aria-label="Units">
            {shown.map((u) => (
              <li key={u.id}>
                <strong>{u.size} sq ft</strong> - £{u.monthly.toFixed(2)} a month
                {u.available ? null : <span> (Taken)</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}

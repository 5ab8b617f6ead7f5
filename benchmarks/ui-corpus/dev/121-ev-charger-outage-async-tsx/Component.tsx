import React, { useCallback, useEffect, useState } from "react";

type Charger = { id: string; bay: string; status: "free" | "in use" | "out of order" };
type Load = { state: "loading" } | { state: "failed" } | { state: "ready"; chargers: Charger[] };

export default function ChargerStatus() {
  const [load, setLoad] = useState<Load>({ state: "loading" });

  const refresh = useCallback(() => {
    setLoad({ state: "loading" });
    fetch("/api/chargers")
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((body: { chargers?: Charger[] }) => setLoad({ state: "ready", chargers: body.chargers ?? [] }))
      .catch(() => setLoad({ state: "failed" }));
  }, []);

  useEffect(() => {
    refresh();
  }, [refresh]);

  return (
    <main>
      <h1>Car park chargers</h1>
      <button type="button" onClick={refresh} disabled={load.state === "loading"}>
        Refresh
      </button>
      {load.state === "loading" && <p>Loading chargers…</p>}
      {load.state === "failed" && (
        <p role="alert" style={{ background: "#b00020", color: "white" }}>
          We can't reach the chargers right now.
        </p>
      )}
      {load.state === "ready" && (
        <>
          <p data-testid="charger-summary">
            {load.chargers.filter((c) => c.status === "free").length} of {load.chargers.length} chargers free
          </p>
          <ul aria-label="Chargers">
            {load.chargers.map((charger) => (
              <li key={charger.id}>
                Bay {charger.bay}: {charger.status}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}

import React, { useCallback, useEffect, useState } from "react";

export default function TramDepartures() {
  const [state, setState] = useState({ status: "loading", departures: [] });

  const load = useCallback(() => {
    setState({ status: "loading", departures: [] });
    fetch("/api/departures")
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then((departures) => setState({ status: "ok", departures }))
      .catch(() => setState({ status: "error", departures: [] }));
  }, []);

  useEffect(load, [load]);

  return (
    <section>
      <h2>Market Square</h2>
      <p>Trams towards the city centre and the airport</p>
      {state.status === "loading" && <p>Loading departures…</p>}
      {state.status === "error" && (
        <div role="alert">
          Sorry, live times are unavailable right now. Timetabled trams still run every 8 minutes.
        </div>
      )}
      {state.status === "ok" && state.departures.length === 0 && <p>No more trams tonight</p>}
      {state.status === "ok" && state.departures.length > 0 && (
        <ul>
          {state.departures.map((d) => (
            <li key={`${d.line}-${d.due}`} data-testid="departure">
              Line {d.line} to {d.destination} – {d.due} min
            </li>
          ))}
        </ul>
      )}
      <button onClick={load} disabled={state.status === "loading"}>
        Try again
      </button>
      <a href="/timetables/market-square.pdf">Printable timetable</a>
    </section>
  );
}

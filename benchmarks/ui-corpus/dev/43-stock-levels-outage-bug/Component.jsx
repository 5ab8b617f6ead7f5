import React, { useEffect, useState } from "react";

export default function WarehouseStock() {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState({ phase: "loading" });

  useEffect(() => {
    setState({ phase: "loading" });
    fetch("/api/stock")
      .then((response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        return response.json();
      })
      .then((items) => setState({ phase: "ready", items }))
      .catch(() => setState({ phase: "failed" }));
  }, [attempt]);

  return (
    <section>
      <h2>Warehouse stock</h2>
      {state.phase === "loading" && <p aria-busy="true">Loading stock levels…</p>}
      {state.phase === "failed" && (
        <div role="alert">
          <p>Stock levels are unavailable right now. Try again in a few minutes.</p>
          <button onClick={() => setAttempt(attempt + 1)}>Try again</button>
        </div>
      )}
      {state.phase === "ready" && (
        <table>
          <caption>Stock by item</caption>
          <thead>
            <tr>
              <th>Item</th>
              <th>On hand</th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((item) => (
              <tr key={item.sku}>
                <td>{item.name}</td>
                <td>{item.onHand}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

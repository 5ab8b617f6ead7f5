import React, { useCallback, useEffect, useState } from "react";

export default function RecentOrders() {
  const [state, setState] = useState({ status: "loading", orders: [] });

  const load = useCallback(() => {
    setState({ status: "loading", orders: [] });
    fetch("/api/orders")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((orders) => setState({ status: "ready", orders }))
      .catch(() => setState({ status: "error", orders: [] }));
  }, []);

  useEffect(load, [load]);

  return (
    <section>
      <h2>Recent orders</h2>
      {state.status === "loading" && <p>Loading…</p>}
      {state.status === "error" && (
        <div role="alert">
          We could not load your orders. Please try again.
          <button onClick={load}>Retry</button>
        </div>
      )}
      {state.status === "ready" && state.orders.length === 0 && <p>You have no orders yet</p>}
      {state.status === "ready" &&
        state.orders.map((o) => (
          <article key={o.number} data-testid="order">
            Order #{o.number}: {o.total}
          </article>
        ))}
    </section>
  );
}

import React, { useEffect, useState } from "react";

export default function OrderHistory() {
  const [orders, setOrders] = useState([]);
  const [loaded, setLoaded] = useState(false);
  const [onlyShipped, setOnlyShipped] = useState(false);

  useEffect(() => {
    fetch("/api/orders")
      .then((r) => r.json())
      .then((data) => {
        setOrders(data);
        setLoaded(true);
      });
  }, []);

  const shown = onlyShipped ? orders.filter((o) => o.status === "shipped") : orders;
  return (
    <section>
      <h2>Order history</h2>
      <label>
        <input type="checkbox" checked={onlyShipped} onChange={(e) => setOnlyShipped(e.target.checked)} />
        Shipped only
      </label>
      {!loaded ? (
        <p>Fetching orders…</p>
      ) : (
        <ul>
          {shown.map((o) => (
            <li key={o.id} data-testid="order-row">
              {o.id} · {o.status}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

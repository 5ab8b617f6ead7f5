import React, { useEffect, useState } from "react";

const ORDERS = [
  { id: "1042", placed: "9 May", total: "€64.20", status: "Delivered on 14 May" },
  { id: "1038", placed: "2 May", total: "€18.00", status: "Out for delivery" },
];

function readPath() {
  return window.location.hash.replace(/^#/, "") || "/orders";
}

function useHashPath() {
  const [path, setPath] = useState(readPath);
  useEffect(() => {
    const onChange = () => setPath(readPath());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

function OrderList() {
  return (
    <>
      <h1>My orders</h1>
      <ul className="orders">
        {ORDERS.map((o) => (
          <li key={o.id}>
            <a href={`#/orders/${o.id}`}>Order #{o.id}</a> <span className="muted">placed {o.placed}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function OrderDetails({ id }) {
  const order = ORDERS.find((o) => o.id === id);
  if (!order) return <h1>Order not found</h1>;
  return (
    <>
      <a href="#/orders">← All orders</a>
      <h1>Order #{order.id}</h1>
      <p>Total {order.total}</p>
      <p className="status">{order.status}</p>
    </>
  );
}

export default function OrdersApp() {
  const path = useHashPath();
  const match = path.match(/^\/orders\/(\w+)$/);
  return <main>{match ? <OrderDetails id={match[1]} /> : <OrderList />}</main>;
}

import React, { useState } from "react";

const PLANS = [
  { name: "Starter", price: 9, seats: 1 },
  { name: "Team", price: 49, seats: 10 },
  { name: "Growth", price: 19, seats: 3 },
  { name: "Enterprise", price: 199, seats: 100 },
];

export default function PlanTable() {
  const [sortKey, setSortKey] = useState("name");
  const [descending, setDescending] = useState(false);

  function sortBy(key) {
    if (key === sortKey) setDescending(!descending);
    else {
      setSortKey(key);
      setDescending(false);
    }
  }

  const rows = [...PLANS].sort((a, b) => {
    const order = a[sortKey] < b[sortKey] ? -1 : a[sortKey] > b[sortKey] ? 1 : 0;
    return descending ? -order : order;
  });
  const arrow = (key) => (key === sortKey ? (descending ? "descending" : "ascending") : "none");

  return (
    <table>
      <caption>Plans</caption>
      <thead>
        <tr>
          <th aria-sort={arrow("name")}>
            <button onClick={() => sortBy("name")}>Plan</button>
          </th>
          <th aria-sort={arrow("price")}>
            <button onClick={() => sortBy("price")}>Monthly price</button>
          </th>
          <th aria-sort={arrow("seats")}>
            <button onClick={() => sortBy("seats")}>Seats</button>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((plan) => (
          <tr key={plan.name} data-testid="plan-row">
            <td>{plan.name}</td>
            <td>${plan.price}</td>
            <td>{plan.seats}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import React, { useMemo, useState } from "react";

const EXPENSES = [
  { id: 1, date: "2026-03-02", description: "Train to Lyon", category: "Travel", amount: 89.5 },
  { id: 2, date: "2026-03-04", description: "Team lunch", category: "Meals", amount: 64.2 },
  { id: 3, date: "2026-03-05", description: "Printer paper", category: "Office", amount: 12.99 },
  { id: 4, date: "2026-03-09", description: "Hotel Lyon", category: "Travel", amount: 240 },
  { id: 5, date: "2026-03-11", description: "Taxi to airport", category: "Travel", amount: 38 },
  { id: 6, date: "2026-03-12", description: "Client dinner", category: "Meals", amount: 112.75 },
];

const ORDERS = {
  newest: (a, b) => b.date.localeCompare(a.date),
  "amount-desc": (a, b) => b.amount - a.amount,
  "amount-asc": (a, b) => a.amount - b.amount,
};

const euros = (n) => `€${n.toFixed(2)}`;

export default function ExpenseReport() {
  const [category, setCategory] = useState("All");
  const [order, setOrder] = useState("newest");

  const shown = useMemo(
    () =>
      EXPENSES.filter((e) => category === "All" || e.category === category)
        .slice()
        .sort(ORDERS[order]),
    [category, order]
  );
  const total = shown.reduce((sum, e) => sum + e.amount, 0);

  return (
    <section>
      <h2>March expenses</h2>
      <label>
        Category
        <select value={category} onChange={(e) => setCategory(e.target.value)}>
          <option>All</option>
          <option>Travel</option>
          <option>Meals</option>
          <option>Office</option>
        </select>
      </label>
      <label>
        Sort by
        <select value={order} onChange={(e) => setOrder(e.target.value)}>
          <option value="newest">Newest first</option>
          <option value="amount-desc">Amount (high to low)</option>
          <option value="amount-asc">Amount (low to high)</option>
        </select>
      </label>
      <p data-testid="summary">
        Showing {shown.length} of {EXPENSES.length} expenses
      </p>
      <table>
        <thead>
          <tr>
            <th>Date</th>
            <th>Description</th>
            <th>Category</th>
            <th>Amount</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.id} data-testid="expense">
              <td>{e.date}</td>
              <td>{e.description}</td>
              <td>{e.category}</td>
              <td>{euros(e.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="total">Total: {euros(total)}</p>
    </section>
  );
}

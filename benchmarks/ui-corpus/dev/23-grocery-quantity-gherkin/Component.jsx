import React, { useState } from "react";

export default function GroceryList() {
  const [item, setItem] = useState("");
  const [quantity, setQuantity] = useState("1");
  const [rows, setRows] = useState([]);
  const [error, setError] = useState("");

  function add(event) {
    event.preventDefault();
    const amount = Number(quantity);
    if (!item.trim()) return setError("Name the item to buy");
    if (!Number.isInteger(amount) || amount < 1 || amount > 99) return setError("Quantity must be between 1 and 99");
    setRows([...rows, { item: item.trim(), amount }]);
    setItem("");
    setQuantity("1");
    setError("");
  }

  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  return (
    <form onSubmit={add}>
      <label>
        Item
        <input value={item} onChange={(e) => setItem(e.target.value)} />
      </label>
      <label>
        Quantity
        <input type="number" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      </label>
      <button type="submit">Add to list</button>
      {error && <p role="alert">{error}</p>}
      <ul>
        {rows.map((row) => (
          <li key={row.item}>
            {row.amount} × {row.item}
          </li>
        ))}
      </ul>
      <p data-testid="total-items">{total} items to buy</p>
    </form>
  );
}

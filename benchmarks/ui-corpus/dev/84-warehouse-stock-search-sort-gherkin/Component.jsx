import React, { useState } from "react";

const STOCK = [
  { sku: "SKU-1001", name: "M6 hex bolt", qty: 240 },
  { sku: "SKU-1002", name: "M8 hex bolt", qty: 35 },
  { sku: "SKU-1003", name: "Wing nut", qty: 8 },
  { sku: "SKU-1004", name: "Spring washer", qty: 512 },
  { sku: "SKU-1005", name: "Carriage bolt", qty: 4 },
];

export default function StockOverview() {
  const [query, setQuery] = useState("");
  const [lowOnly, setLowOnly] = useState(false);
  const [sort, setSort] = useState(null); // null | "asc" | "desc"

  const q = query.trim().toLowerCase();
  let rows = STOCK.filter(
    (s) => (!q || s.name.toLowerCase().includes(q) || s.sku.toLowerCase().includes(q)) && (!lowOnly || s.qty < 10)
  );
  if (sort) rows = [...rows].sort((a, b) => (sort === "asc" ? a.qty - b.qty : b.qty - a.qty));

  const nextSort = () => setSort(sort === "asc" ? "desc" : "asc");
  const ariaSort = sort === "asc" ? "ascending" : sort === "desc" ? "descending" : "none";

  return (
    <div className="stock">
      <h2>Stock overview – Warehouse Rotterdam</h2>
      <input placeholder="Search SKU or name" value={query} onChange={(e) => setQuery(e.target.value)} />
      <label>
        <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} /> Low stock only
      </label>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Item</th>
            <th aria-sort={ariaSort}>
              <button className="th-sort" onClick={nextSort}>
                Qty on hand {sort === "asc" ? "▲" : sort === "desc" ? "▼" : ""}
              </button>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.sku} data-testid="stock-row">
              <td>{s.sku}</td>
              <td data-testid="item-name">{s.name}</td>
              <td>{s.qty}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <div className="empty">No items match “{query}”</div>}
      <div className="footer">
        Showing {rows.length} of {STOCK.length} items
      </div>
    </div>
  );
}

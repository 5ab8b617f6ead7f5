import React, { useState } from "react";

const VAT_PERCENT = 21;

function check(qtyText, priceText) {
  const qty = Number(qtyText);
  const price = Number(priceText);
  if (qtyText.trim() === "" || !Number.isInteger(qty)) return { error: "Quantity must be a whole number" };
  if (qty < 1) return { error: "Quantity must be at least 1" };
  if (priceText.trim() === "" || Number.isNaN(price)) return { error: "Enter a unit price" };
  if (price < 0) return { error: "Unit price can't be negative" };
  const net = qty * Math.round(price * 100);
  const gross = Math.round((net * (100 + VAT_PERCENT)) / 100);
  return { total: `€${(gross / 100).toFixed(2)}` };
}

export default function InvoiceLineEditor() {
  const [description, setDescription] = useState("Consulting hours");
  const [qty, setQty] = useState("1");
  const [price, setPrice] = useState("0");
  const result = check(qty, price);

  return (
    <div>
      <h2>Invoice #2026-118 – line 1</h2>
      <table className="invoice-lines">
        <thead>
          <tr>
            <th>Description</th>
            <th>Qty</th>
            <th>Unit price</th>
            <th>Total incl. VAT</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <input aria-label="Description" value={description} onChange={(e) => setDescription(e.target.value)} />
            </td>
            <td>
              <input aria-label="Qty" value={qty} onChange={(e) => setQty(e.target.value)} />
            </td>
            <td>
              <input aria-label="Unit price" value={price} onChange={(e) => setPrice(e.target.value)} />
            </td>
            <td data-testid="line-total">{result.total ?? "—"}</td>
          </tr>
        </tbody>
      </table>
      <small>Prices exclude {VAT_PERCENT}% VAT.</small>
      {result.error && <p role="alert">{result.error}</p>}
    </div>
  );
}

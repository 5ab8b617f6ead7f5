import React, { useEffect, useState } from "react";

const money = new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" });

class HttpError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

function InvoiceTable({ invoices }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Number</th>
          <th>Issued</th>
          <th>Amount</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((inv) => (
          <tr key={inv.number}>
            <td>{inv.number}</td>
            <td>{inv.issued}</td>
            <td>{money.format(inv.amount)}</td>
            <td>{inv.paid ? "Paid" : "Open"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Invoices() {
  const [invoices, setInvoices] = useState(null);
  const [failure, setFailure] = useState(null);

  useEffect(() => {
    fetch("/api/invoices")
      .then((response) => {
        if (!response.ok) throw new HttpError(response.status);
        return response.json();
      })
      .then(setInvoices)
      .catch((error) => setFailure(error.status ?? "network"));
  }, []);

  const outstanding = invoices?.filter((inv) => !inv.paid).reduce((sum, inv) => sum + inv.amount, 0);

  return (
    <main>
      <nav aria-label="Breadcrumb">Billing › Invoices</nav>
      <h1>Invoices</h1>
      <button disabled={!invoices || invoices.length === 0} onClick={() => window.print()}>
        Download all (PDF)
      </button>
      {failure !== null && (
        <div role="alert">
          We couldn't load your invoices (error {failure}). Please try again later.
        </div>
      )}
      {failure === null && !invoices && <p>Loading invoices…</p>}
      {invoices && (
        <>
          <p>Outstanding balance: {money.format(outstanding)}</p>
          <InvoiceTable invoices={invoices} />
        </>
      )}
    </main>
  );
}

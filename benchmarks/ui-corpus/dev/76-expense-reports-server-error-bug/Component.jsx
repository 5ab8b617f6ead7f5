import React, { useCallback, useEffect, useState } from "react";

function formatAmount(cents) {
  return `€${(cents / 100).toFixed(2)}`;
}

export default function ExpenseReports() {
  const [reports, setReports] = useState(null);
  const [failed, setFailed] = useState(null);

  const load = useCallback(() => {
    setFailed(null);
    setReports(null);
    fetch("/api/expenses")
      .then((res) => {
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      })
      .then(setReports)
      .catch((err) => setFailed(err.message));
  }, []);

  useEffect(load, [load]);

  return (
    <section>
      <h2>My expense reports</h2>
      <button disabled={reports === null}>New report</button>
      {failed && (
        <div role="alert">
          We couldn't load your expense reports (error {failed}).{" "}
          <button onClick={load}>Try again</button>
        </div>
      )}
      {!failed && reports === null && <p>Loading reports…</p>}
      {reports && reports.length === 0 && <p>You have no expense reports yet.</p>}
      {reports && reports.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Report</th>
              <th>Total</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <td>{r.title}</td>
                <td>{formatAmount(r.totalCents)}</td>
                <td>{r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

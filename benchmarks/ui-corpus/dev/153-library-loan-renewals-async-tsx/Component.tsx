import React, { useEffect, useState } from "react";

type Loan = {
  id: number;
  title: string;
  author: string;
  due: string; // YYYY-MM-DD
  renewals: number;
  reserved: boolean;
};

const MAX_RENEWALS = 3;
const LOAN_DAYS = 14;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function addDays(iso: string, days: number): string {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function pretty(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function blocker(loan: Loan): string {
  if (loan.reserved) return "Reserved by another reader";
  if (loan.renewals >= MAX_RENEWALS) return "Renewal limit reached";
  return "";
}

export default function LibraryLoans() {
  const [loans, setLoans] = useState<Loan[]>([]);
  const [loading, setLoading] = useState<boolean>(true);
  const [selected, setSelected] = useState<number[]>([]);
  const [notice, setNotice] = useState<string>("");

  useEffect(() => {
    fetch("/api/loans")
      .then((r) => r.json())
      .then((data: Loan[]) => {
        setLoans(data);
        setLoading(false);
      });
  }, []);

  function toggle(id: number) {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  }

  function renewSelected() {
    const ids = selected.filter((id) => {
      const loan = loans.find((l) => l.id === id);
      return loan !== undefined && blocker(loan) === "";
    });
    setLoans((all) =>
      all.map((l) => (ids.includes(l.id) ? { ...l, due: addDays(l.due, LOAN_DAYS), renewals: l.renewals + 1 } : l))
    );
    setSelected([]);
    setNotice(`${ids.length} ${ids.length === 1 ? "item" : "items"} renewed`);
  }

  if (loading) return <p>Loading your loans…</p>;

  return (
    <main>
      <h1>My loans</h1>
      {notice && <p role="status">{notice}</p>}
      <table>
        <thead>
          <tr>
            <th>Select</th>
            <th>Title</th>
            <th>Author</th>
            <th>Due</th>
            <th>Renewals</th>
            <th>Note</th>
          </tr>
        </thead>
        <tbody>
          {loans.map((l) => {
            const why = blocker(l);
            return (
              <tr key={l.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${l.title}`}
                    checked={selected.includes(l.id)}
                    disabled={why !== ""}
                    onChange={() => toggle(l.id)}
                  />
                </td>
                <td>{l.title}</td>
                <td>{l.author}</td>
                <td>Due {pretty(l.due)}</td>
                <td>
                  {l.renewals} of {MAX_RENEWALS} renewals used
                </td>
                <td>{why}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button disabled={selected.length === 0} onClick={renewSelected}>
        Renew selected
      </button>
    </main>
  );
}

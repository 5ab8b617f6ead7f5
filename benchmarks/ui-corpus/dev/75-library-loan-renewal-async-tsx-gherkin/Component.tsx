import React, { useEffect, useState } from "react";

type Loan = { id: number; title: string; due: string; renewals: number };

const MAX_RENEWALS = 2;
const LOAN_DAYS = 14;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function useLoans(): [Loan[] | null, (id: number) => void] {
  const [loans, setLoans] = useState<Loan[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/loans")
      .then((r) => r.json())
      .then((data: Loan[]) => live && setLoans(data));
    return () => {
      live = false;
    };
  }, []);
  const renew = (id: number) =>
    setLoans((current) =>
      (current ?? []).map((l) =>
        l.id === id && l.renewals < MAX_RENEWALS
          ? { ...l, due: addDays(l.due, LOAN_DAYS), renewals: l.renewals + 1 }
          : l
      )
    );
  return [loans, renew];
}

export default function MyLoans(): JSX.Element {
  const [loans, renew] = useLoans();
  if (loans === null) return <p>Checking your loans…</p>;
  return (
    <main>
      <h1>{loans.length} items on loan</h1>
      <ul className="loans">
        {loans.map((loan) => {
          const maxed = loan.renewals >= MAX_RENEWALS;
          return (
            <li key={loan.id}>
              <strong>{loan.title}</strong>
              <span className="due"> Due {loan.due}</span>
              <small>
                {" "}
                Renewed {loan.renewals} of {MAX_RENEWALS} times
              </small>
              <button aria-label={`Renew ${loan.title}`} disabled={maxed} onClick={() => renew(loan.id)}>
                ↻
              </button>
              {maxed && <em> Renewal limit reached</em>}
            </li>
          );
        })}
      </ul>
    </main>
  );
}

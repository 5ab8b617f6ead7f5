import React, { useEffect, useState } from "react";

type Prescription = {
  id: number;
  drug: string;
  dose: string;
  daysSinceFill: number;
  supplyDays: number;
  refillsLeft: number;
  requested?: boolean;
};

const EARLY_WINDOW = 7;

function daysUntilDue(p: Prescription): number {
  return Math.max(0, p.supplyDays - EARLY_WINDOW - p.daysSinceFill);
}

export default function PrescriptionRefills() {
  const [items, setItems] = useState<Prescription[] | null>(null);

  useEffect(() => {
    fetch("/api/prescriptions")
      .then((r) => r.json())
      .then((data: Prescription[]) => setItems(data));
  }, []);

  if (items === null) return <p>Loading your prescriptions…</p>;

  function request(id: number) {
    setItems((all) =>
      (all ?? []).map((p) => (p.id === id ? { ...p, requested: true, refillsLeft: p.refillsLeft - 1 } : p))
    );
  }

  const pending = items.filter((p) => p.requested).length;

  return (
    <main>
      <h1>My prescriptions</h1>
      <p data-testid="pending">
        {pending === 0
          ? "No refill requests pending"
          : `${pending} refill ${pending === 1 ? "request" : "requests"} pending`}
      </p>
      <table>
        <thead>
          <tr>
            <th>Medicine</th>
            <th>Dose</th>
            <th>Refills left</th>
            <th>Status</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => {
            const wait = daysUntilDue(p);
            let status = "Ready to request";
            if (p.requested) status = "Refill requested";
            else if (p.refillsLeft <= 0) status = "No refills left – contact your GP";
            else if (wait > 0) status = `Available in ${wait} ${wait === 1 ? "day" : "days"}`;
            const canRequest = !p.requested && p.refillsLeft > 0 && wait === 0;
            return (
              <tr key={p.id}>
                <td>{p.drug}</td>
                <td>{p.dose}</td>
                <td>{p.refillsLeft}</td>
                <td>{status}</td>
                <td>
                  <button disabled={!canRequest} onClick={() => request(p.id)}>
                    Request refill
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}

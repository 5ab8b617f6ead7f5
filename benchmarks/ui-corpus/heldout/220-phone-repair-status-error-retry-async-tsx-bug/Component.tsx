import React, { useState } from "react";

type Stage = { name: string; done: boolean; current: boolean };
type Repair = {
  reference: string;
  device: string;
  fault: string;
  status: string;
  quote: number;
  readyBy: string | null;
  stages: Stage[];
};

const money = (n: number): string => `£${n.toFixed(2)}`;
const REF_PATTERN = /^RP-\d{4}$/;

export default function RepairTracker(): JSX.Element {
  const [reference, setReference] = useState<string>("");
  const [formError, setFormError] = useState<string>("");
  const [loadError, setLoadError] = useState<boolean>(false);
  const [loading, setLoading] = useState<boolean>(false);
  const [repair, setRepair] = useState<Repair | null>(null);

  async function load(ref: string): Promise<void> {
    setLoading(true);
    setLoadError(false);
    try {
      const res = await fetch(`/api/repairs/${encodeURIComponent(ref)}`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data: Repair = await res.json();
      setRepair(data);
    } catch {
      setRepair(null);
      setLoadError(true);
    } finally {
      setLoading(false);
    }
  }

  function check(e: React.FormEvent): void {
    e.preventDefault();
    const ref = reference.trim().toUpperCase();
    if (!REF_PATTERN.test(ref)) {
      setFormError("Job references look like RP-1234");
      setRepair(null);
      return;
    }
    setFormError("");
    setReference(ref);
    void load(ref);
  }

  return (
    <main>
      <h1>Track my repair</h1>
      <form onSubmit={check} noValidate>
        <label htmlFor="ref">Job reference</label>
        <input id="ref" value={reference} onChange={(e) => setReference(e.target.value)} aria-describedby="ref-hint" />
        <p id="ref-hint">You'll find it on your drop-off receipt.</p>
        <button type="submit" disabled={loading}>
          Check status
        </button>
      </form>
      {formError && <p role="alert">{formError}</p>}

      {loading && <p role="status">Checking with the repair desk…</p>}

      {loadError && (
        <div role="alert">
          <p>We couldn't reach the repair desk just now.</p>
          <button type="button" onClick={() => void load(reference)}>
            Try again
          </button>
        </div>
      )}

      {repair && (
        <section aria-labelledby="repair-heading">
          <h2 id="repair-heading">
            {repair.device} – {repair.fault}
          </h2>
          <p data-testid="repair-status">Status: {repair.status}</p>
          <p>Quote: {money(repair.quote)}</p>
          {repair.readyBy ? <p>Ready by {repair.readyBy}</p> : <p>We'll text you when it's ready.</p>}
          <ol aria-label="Repair progress">
            {repair.stages.map((s) => (
              <li key={s.name} aria-current={s.current ? "step" : undefined}>
                {s.name}
                {s.done ? " ✓" : s.current ? " (in progress)" : ""}
              </li>
            ))}
          </ol>
          {repair.status === "Ready to collect" && <button type="button">Book a collection slot</button>}
        </section>
      )}
    </main>
  );
}

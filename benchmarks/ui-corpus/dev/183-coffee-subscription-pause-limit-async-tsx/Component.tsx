import React, { useEffect, useState } from "react";

type Subscription = {
  plan: string;
  bagsPerDelivery: number;
  frequencyWeeks: number;
  nextDelivery: string; // YYYY-MM-DD
  status: "active" | "paused";
};

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const MAX_PAUSE_WEEKS = 8;

function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function addWeeks(iso: string, weeks: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + weeks * 7));
  return date.toISOString().slice(0, 10);
}

export default function CoffeeSubscription(): JSX.Element {
  const [sub, setSub] = useState<Subscription | null>(null);
  const [pausing, setPausing] = useState<boolean>(false);
  const [weeks, setWeeks] = useState<string>("");
  const [error, setError] = useState<string>("");
  const [notice, setNotice] = useState<string>("");

  useEffect(() => {
    fetch("/api/subscription")
      .then((r) => r.json())
      .then((data: Subscription) => setSub(data));
  }, []);

  if (!sub) return <p>Loading your subscription…</p>;

  function confirmPause(): void {
    if (!sub) return;
    const n = Number(weeks);
    if (weeks.trim() === "" || !Number.isInteger(n) || n < 1) {
      setError("Enter the number of weeks to pause");
      return;
    }
    if (n > MAX_PAUSE_WEEKS) {
      setError(`You can pause for up to ${MAX_PAUSE_WEEKS} weeks at a time`);
      return;
    }
    setError("");
    setSub({ ...sub, status: "paused", nextDelivery: addWeeks(sub.nextDelivery, n) });
    setPausing(false);
    setNotice(`Deliveries paused for ${n} weeks`);
  }

  function resume(): void {
    if (!sub) return;
    setSub({ ...sub, status: "active" });
    setNotice("Deliveries resumed");
  }

  return (
    <main>
      <h1>My coffee subscription</h1>
      <section aria-label="Subscription details">
        <h2>{sub.plan}</h2>
        <p>
          {sub.bagsPerDelivery} bags every {sub.frequencyWeeks} weeks
        </p>
        <p data-testid="next-delivery">Next delivery: {formatDate(sub.nextDelivery)}</p>
        <p data-testid="sub-status">Status: {sub.status === "active" ? "Active" : "Paused"}</p>
      </section>

      {sub.status === "active" ? (
        <button type="button" onClick={() => { setPausing(true); setNotice(""); }}>
          Pause deliveries
        </button>
      ) : (
        <button type="button" onClick={resume}>
          Resume deliveries
        </button>
      )}

      {pausing && (
        <div role="group" aria-label="Pause deliveries">
          <label htmlFor="weeks">Weeks</label>
          <input id="weeks" type="number" min={1} value={weeks} onChange={(e) => setWeeks(e.target.value)} />
          <button type="button" onClick={confirmPause}>
            Confirm pause
          </button>
          <button type="button" onClick={() => { setPausing(false); setError(""); }}>
            Cancel
          </button>
          {error && <p role="alert">{error}</p>}
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
    </main>
  );
}

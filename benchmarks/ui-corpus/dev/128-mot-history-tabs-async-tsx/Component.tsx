import React, { useEffect, useState } from "react";

type MotTest = {
  date: string; // YYYY-MM-DD
  result: "PASS" | "FAIL";
  mileage: number;
  defects: string[];
  advisories: string[];
};
type History = { registration: string; model: string; tests: MotTest[] };
type Tab = "all" | "failures" | "advisories";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function shortDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function TestRow({ test }: { test: MotTest }) {
  return (
    <li>
      <strong>{shortDate(test.date)}</strong> {test.result} · {test.mileage.toLocaleString("en-GB")} miles
      {test.defects.map((d) => (
        <p key={d}>Defect: {d}</p>
      ))}
    </li>
  );
}

export default function MotHistory() {
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<boolean>(false);
  const [tab, setTab] = useState<Tab>("all");

  useEffect(() => {
    fetch("/api/mot-history")
      .then((r) => {
        if (!r.ok) throw new Error(`status ${r.status}`);
        return r.json() as Promise<History>;
      })
      .then(setHistory)
      .catch(() => setError(true));
  }, []);

  if (error) return <p role="alert">MOT history is not available right now.</p>;
  if (!history) return <p>Fetching MOT history…</p>;

  const tests = [...history.tests].sort((a, b) => b.date.localeCompare(a.date));
  const failures = tests.filter((t) => t.result === "FAIL");
  const advisories = tests.flatMap((t) => t.advisories.map((text) => ({ text, date: t.date })));

  const tabs: { id: Tab; label: string }[] = [
    { id: "all", label: `All tests (${tests.length})` },
    { id: "failures", label: `Failures (${failures.length})` },
    { id: "advisories", label: `Advisories (${advisories.length})` },
  ];

  return (
    <section>
      <h1>
        {history.registration} – {history.model}
      </h1>
      <div role="tablist" aria-label="MOT history">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="mot-panel"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="mot-panel" aria-labelledby={`tab-${tab}`}>
        {tab === "advisories" ? (
          <ul aria-label="Advisories">
            {advisories.map((a) => (
              <li key={a.text}>
                {a.text} ({shortDate(a.date)})
              </li>
            ))}
          </ul>
        ) : (
          <ol aria-label="Tests">
            {(tab === "all" ? tests : failures).map((t) => (
              <TestRow key={t.date} test={t} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

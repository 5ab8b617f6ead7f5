import React, { useEffect, useMemo, useState } from "react";

interface Route {
  id: number;
  name: string;
  grade: string;
  colour: string;
  wall: string;
  retired: boolean;
}

export default function RouteLog(): JSX.Element {
  const [routes, setRoutes] = useState<Route[] | null>(null);
  const [failed, setFailed] = useState<boolean>(false);
  const [grade, setGrade] = useState<string>("all");
  const [sent, setSent] = useState<Set<number>>(new Set());

  useEffect(() => {
    fetch("/api/routes")
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then((data: Route[]) => setRoutes(data))
      .catch(() => setFailed(true));
  }, []);

  const active = useMemo(() => (routes ?? []).filter((r) => !r.retired), [routes]);
  const grades = useMemo(() => Array.from(new Set(active.map((r) => r.grade))).sort(), [active]);
  const shown = grade === "all" ? active : active.filter((r) => r.grade === grade);

  function toggle(id: number): void {
    setSent((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  if (failed) return <p role="alert">The route list could not be loaded.</p>;
  if (!routes) return <p>Loading routes…</p>;

  const sentCount = active.filter((r) => sent.has(r.id)).length;

  return (
    <section>
      <h1>Route log</h1>
      <label htmlFor="grade">Grade</label>
      <select id="grade" value={grade} onChange={(e) => setGrade(e.target.value)}>
        <option value="all">All grades</option>
        {grades.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
      <p aria-live="polite">
        Sent {sentCount} of {active.length} routes
      </p>
      <table>
        <thead>
          <tr>
            <th>Route</th>
            <th>Grade</th>
            <th>Colour</th>
            <th>Wall</th>
            <th>Sent</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const done = sent.has(r.id);
            return (
              <tr key={r.id}>
                <td>{r.name}</td>
                <td>{r.grade}</td>
                <td>{r.colour}</td>
                <td>{r.wall}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Mark ${r.name} as sent`}
                    aria-pressed={done}
                    onClick={() => toggle(r.id)}
                  >
                    {done ? "✓ Sent" : "✓"}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

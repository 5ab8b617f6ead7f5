import React, { useEffect, useMemo, useState } from "react";

const seconds = (t) => {
  const [m, s] = t.split(":").map(Number);
  return m * 60 + s;
};

export default function RegattaResults() {
  const [boats, setBoats] = useState(null);
  const [boatClass, setBoatClass] = useState("All classes");
  const [showRetired, setShowRetired] = useState(false);

  useEffect(() => {
    fetch("/api/regatta/results")
      .then((r) => r.json())
      .then(setBoats)
      .catch(() => setBoats([]));
  }, []);

  const classes = useMemo(() => ["All classes", ...new Set((boats || []).map((b) => b.class))], [boats]);

  if (!boats) return <p>Fetching results…</p>;

  const inClass = boats.filter((b) => boatClass === "All classes" || b.class === boatClass);
  const finished = inClass.filter((b) => b.status === "finished").sort((a, b) => seconds(a.time) - seconds(b.time));
  const retired = inClass.filter((b) => b.status !== "finished");
  const rows = [
    ...finished.map((b, i) => ({ ...b, place: String(i + 1) })),
    ...(showRetired ? retired.map((b) => ({ ...b, place: b.status })) : []),
  ];

  return (
    <main>
      <h1>Autumn regatta - race 3 results</h1>
      <label htmlFor="class">Class</label>
      <select id="class" value={boatClass} onChange={(e) => setBoatClass(e.target.value)}>
        {classes.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />
        Show retired boats
      </label>
      <table>
        <thead>
          <tr>
            <th>Place</th>
            <th>Sail no.</th>
            <th>Helm</th>
            <th>Class</th>
            <th>Elapsed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.sail}>
              <td>{b.place}</td>
              <td>{b.sail}</td>
              <td>{b.helm}</td>
              <td>{b.class}</td>
              <td>{b.time || "-"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="footer">
        {rows.length} {rows.length === 1 ? "boat" : "boats"} shown
        {!showRetired && retired.length > 0 ? ` · ${retired.length} retired hidden` : ""}
      </p>
    </main>
  );
}

import React, { useEffect, useState } from "react";

const RUNNERS = [
  { bib: "0112", name: "Tom Reyes", category: "Men", time: "2:58:10" },
  { bib: "0427", name: "Aoife Byrne", category: "Women 40+", time: "3:12:45" },
  { bib: "0533", name: "Grace Mensah", category: "Women", time: "3:20:02" },
  { bib: "0618", name: "Helen Okafor", category: "Women 40+", time: "3:05:31" },
  { bib: "0702", name: "Priya Shah", category: "Women 40+", time: "3:41:09" },
  { bib: "0815", name: "Marco Bianchi", category: "Men 40+", time: "3:09:58" },
  { bib: "0921", name: "Lena Vogel", category: "Women", time: "3:33:40" },
  { bib: "1004", name: "Dan Price", category: "Men 40+", time: "4:01:17" },
];
const CATEGORIES = ["All categories", "Men", "Women", "Men 40+", "Women 40+"];

function useHashPath() {
  const read = () => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

function Results({ category, onCategory }) {
  const rows = RUNNERS.filter((r) => category === "All categories" || r.category === category).sort((a, b) =>
    a.time.localeCompare(b.time),
  );
  return (
    <section>
      <h2>Riverside Marathon – results</h2>
      <label>
        Category
        <select value={category} onChange={(e) => onCategory(e.target.value)}>
          {CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <table>
        <thead>
          <tr>
            <th>Pos</th>
            <th>Runner</th>
            <th>Chip time</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.bib} data-testid="result-row">
              <td>{i + 1}</td>
              <td>
                <a href={`#/runner/${r.bib}`}>{r.name}</a>
              </td>
              <td>{r.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Runner({ bib }) {
  const runner = RUNNERS.find((r) => r.bib === bib);
  return (
    <section>
      <a href="#/">← Back to results</a>
      {runner ? (
        <>
          <h2>{runner.name}</h2>
          <p>
            Bib {runner.bib} · {runner.category}
          </p>
          <p>
            Chip time <strong data-testid="chip-time">{runner.time}</strong>
          </p>
        </>
      ) : (
        <h2>Runner not found</h2>
      )}
    </section>
  );
}

export default function MarathonResults() {
  const path = useHashPath();
  const [category, setCategory] = useState("All categories");
  const match = path.match(/^\/runner\/(\w+)$/);
  if (match) return <Runner bib={match[1]} />;
  return <Results category={category} onCategory={setCategory} />;
}

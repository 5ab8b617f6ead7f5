import React, { useEffect, useState } from "react";

export default function ChoirRehearsals() {
  const [rehearsals, setRehearsals] = useState(null);
  const [failed, setFailed] = useState(false);
  const [replies, setReplies] = useState({});
  const [hideAnswered, setHideAnswered] = useState(false);

  useEffect(() => {
    fetch("/api/rehearsals")
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(setRehearsals)
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <p role="alert">Could not load the rehearsal calendar.</p>;
  if (rehearsals === null) return <p>Loading rehearsals…</p>;

  const isAnswered = (id) => replies[id] === "yes" || replies[id] === "no";
  const answered = rehearsals.filter((r) => isAnswered(r.id)).length;
  const shown = hideAnswered ? rehearsals.filter((r) => !isAnswered(r.id)) : rehearsals;
  const reply = (id, value) => setReplies((current) => ({ ...current, [id]: value }));

  return (
    <section>
      <h1>Rehearsal calendar</h1>
      <p data-testid="reply-summary">
        {answered} of {rehearsals.length} answered
      </p>
      <label>
        <input
          type="checkbox"
          checked={hideAnswered}
          onChange={(e) => setHideAnswered(e.target.checked)}
        />
        Hide answered
      </label>
      <ul aria-label="Rehearsals">
        {shown.map((r) => (
          <li key={r.id}>
            <strong>{r.date}</strong> · {r.venue}{" "}
            <button aria-pressed={replies[r.id] === "yes"} onClick={() => reply(r.id, "yes")}>
              Coming
            </button>
            <button aria-pressed={replies[r.id] === "no"} onClick={() => reply(r.id, "no")}>
              Can't come
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import React, { useEffect, useState } from "react";

const money = (n) => `£${n.toFixed(2)}`;

function sectionLabel(s) {
  return s.cap ? `${s.name} - under ${s.cap} (${money(s.fee)})` : `${s.name} (${money(s.fee)})`;
}

export default function CongressEntry() {
  const [sections, setSections] = useState([]);
  const [loading, setLoading] = useState(true);
  const [name, setName] = useState("");
  const [rating, setRating] = useState("");
  const [sectionId, setSectionId] = useState("");
  const [junior, setJunior] = useState(false);
  const [entry, setEntry] = useState("");

  useEffect(() => {
    fetch("/api/congress/sections")
      .then((r) => r.json())
      .then((data) => setSections(data))
      .finally(() => setLoading(false));
  }, []);

  const r = Number(rating);
  const eligible = (s) => !s.cap || rating === "" || r < s.cap;

  useEffect(() => {
    const chosen = sections.find((s) => s.id === sectionId);
    if (chosen && !eligible(chosen)) setSectionId("");
  });

  const chosen = sections.find((s) => s.id === sectionId);
  const fee = chosen ? (junior ? chosen.fee / 2 : chosen.fee) : 0;

  if (loading) return <p>Loading sections…</p>;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setEntry(`Entry received: ${name.trim()}, ${chosen.name} section, ${money(fee)}`);
      }}
    >
      <h1>Spring Congress entry</h1>
      <label htmlFor="name">Name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="rating">Rating</label>
      <input id="rating" type="number" value={rating} onChange={(e) => setRating(e.target.value)} />
      <fieldset>
        <legend>Section</legend>
        {sections.map((s) => (
          <label key={s.id}>
            <input
              type="radio"
              name="section"
              value={s.id}
              checked={sectionId === s.id}
              disabled={!eligible(s)}
              onChange={() => setSectionId(s.id)}
            />
            {sectionLabel(s)}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={junior} onChange={(e) => setJunior(e.target.checked)} />
        Junior (under 18) - half price
      </label>
      {chosen && <p>Entry fee: {money(fee)}</p>}
      <button type="submit" disabled={!chosen || !name.trim()}>
        Enter tournament
      </button>
      {entry && <p role="status">{entry}</p>}
    </form>
  );
}

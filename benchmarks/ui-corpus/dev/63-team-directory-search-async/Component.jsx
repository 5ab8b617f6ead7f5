import React, { useEffect, useState } from "react";

export default function TeamDirectory() {
  const [people, setPeople] = useState(null);
  const [query, setQuery] = useState("");

  useEffect(() => {
    fetch("/api/team")
      .then((res) => res.json())
      .then(setPeople);
  }, []);

  if (people === null) return <div className="spinner">Loading team…</div>;

  const q = query.trim().toLowerCase();
  const shown = people.filter(
    (p) => !q || p.name.toLowerCase().includes(q) || p.role.toLowerCase().includes(q)
  );

  return (
    <div className="directory">
      <div className="toolbar">
        <input
          className="search"
          placeholder="Search by name or role"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="count">
          {shown.length} of {people.length}
        </span>
      </div>
      {shown.length === 0 ? (
        <div className="empty">No one matches "{query}"</div>
      ) : (
        <div className="cards">
          {shown.map((p) => (
            <div className="card" key={p.id}>
              <b>{p.name}</b>
              <span className="role">{p.role}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

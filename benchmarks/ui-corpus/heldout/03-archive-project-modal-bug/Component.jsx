import React, { useState } from "react";

export default function ProjectCard() {
  const [archived, setArchived] = useState(false);
  const [asking, setAsking] = useState(false);
  return (
    <article>
      <h2>Project Lighthouse</h2>
      <p data-testid="project-state">{archived ? "Archived" : "Active"}</p>
      {!archived && <button onClick={() => setAsking(true)}>Archive project</button>}
      {asking && (
        <div role="alertdialog" aria-labelledby="archive-title" aria-describedby="archive-text">
          <h3 id="archive-title">Archive Project Lighthouse?</h3>
          <p id="archive-text">Archived projects are read-only for everyone.</p>
          <button onClick={() => setAsking(false)}>Cancel</button>
          <button
            onClick={() => {
              setArchived(true);
              setAsking(false);
            }}
          >
            Archive
          </button>
        </div>
      )}
    </article>
  );
}

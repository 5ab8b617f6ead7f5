import React, { useState } from "react";

const SAVED = { title: "Quarterly review", body: "Bring the Q3 numbers and the hiring plan." };

export default function NoteEditor() {
  const [saved, setSaved] = useState(SAVED);
  const [draft, setDraft] = useState(SAVED);
  const [confirming, setConfirming] = useState(false);
  const dirty = draft.title !== saved.title || draft.body !== saved.body;

  const edit = (field) => (event) => setDraft({ ...draft, [field]: event.target.value });

  function discard() {
    setDraft(saved);
    setConfirming(false);
  }

  return (
    <div>
      <h2>
        Edit note {dirty && <span className="badge">Unsaved changes</span>}
      </h2>
      <label htmlFor="note-title">Title</label>
      <input id="note-title" value={draft.title} onChange={edit("title")} />
      <label htmlFor="note-body">Note</label>
      <textarea id="note-body" value={draft.body} onChange={edit("body")} />
      <button onClick={() => setSaved(draft)} disabled={!dirty}>
        Save
      </button>
      <button onClick={() => (dirty ? setConfirming(true) : undefined)}>Discard changes</button>

      {confirming && (
        <div role="alertdialog" aria-modal="true" aria-labelledby="discard-title" aria-describedby="discard-text">
          <h3 id="discard-title">Discard unsaved changes?</h3>
          <p id="discard-text">Your edits to this note will be lost.</p>
          <button onClick={() => setConfirming(false)}>Keep editing</button>
          <button onClick={discard}>Discard</button>
        </div>
      )}
    </div>
  );
}

import React, { useState } from "react";

const PUPILS = [
  { name: "Aisha Khan", instrument: "Violin", slot: "Mon 16:00" },
  { name: "Tom Baker", instrument: "Piano", slot: "Mon 16:30" },
  { name: "Tomasz Nowak", instrument: "Guitar", slot: "Wed 17:00" },
  { name: "Lena Fischer", instrument: "Cello", slot: "Thu 15:45" },
];

function RemoveDialog({ pupil, onRemove, onKeep }) {
  const [typed, setTyped] = useState("");
  const matches = typed.trim() === pupil.name;
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="remove-title">
      <h2 id="remove-title">Remove {pupil.name} from lessons?</h2>
      <p>Their lesson slot will be offered to the waiting list. Type the pupil's name to confirm.</p>
      <label htmlFor="confirm-name">Pupil's name</label>
      <input id="confirm-name" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
      <div>
        <button onClick={onKeep}>Keep pupil</button>
        <button disabled={!matches} onClick={onRemove}>
          Remove pupil
        </button>
      </div>
    </div>
  );
}

export default function LessonRegister() {
  const [pupils, setPupils] = useState(PUPILS);
  const [removing, setRemoving] = useState(null);

  return (
    <main>
      <h1>Music lessons register</h1>
      <p data-testid="pupil-count">{pupils.length} pupils</p>
      <table>
        <thead>
          <tr>
            <th>Pupil</th>
            <th>Instrument</th>
            <th>Lesson</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pupils.map((pupil) => (
            <tr key={pupil.name}>
              <td>{pupil.name}</td>
              <td>{pupil.instrument}</td>
              <td>{pupil.slot}</td>
              <td>
                <button aria-label={`Remove ${pupil.name}`} title="Remove" onClick={() => setRemoving(pupil)}>
                  🗑
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing && (
        <RemoveDialog
          pupil={removing}
          onKeep={() => setRemoving(null)}
          onRemove={() => {
            setPupils((list) => list.filter((p) => p.name !== removing.name));
            setRemoving(null);
          }}
        />
      )}
    </main>
  );
}

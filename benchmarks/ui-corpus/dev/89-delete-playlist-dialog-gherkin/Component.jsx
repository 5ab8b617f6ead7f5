import React, { useState } from "react";

const INITIAL = [
  { id: 1, name: "Road trip", tracks: 24 },
  { id: 2, name: "Focus", tracks: 58 },
  { id: 3, name: "Sunday morning", tracks: 12 },
  { id: 4, name: "Workout", tracks: 31 },
];

function ConfirmDelete({ playlist, onCancel, onConfirm }) {
  const [typed, setTyped] = useState("");
  return (
    <div className="backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">Delete {playlist.name}?</h2>
        <p>
          This removes the playlist and its {playlist.tracks} tracks from your library's playlists.
          The songs themselves stay in your library.
        </p>
        <label htmlFor="confirm-name">Type the playlist name to confirm</label>
        <input id="confirm-name" value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus />
        <div className="actions">
          <button onClick={onCancel}>Cancel</button>
          <button className="danger" disabled={typed.trim() !== playlist.name} onClick={onConfirm}>
            Delete playlist
          </button>
        </div>
      </div>
    </div>
  );
}

export default function PlaylistLibrary() {
  const [playlists, setPlaylists] = useState(INITIAL);
  const [pending, setPending] = useState(null);
  const [message, setMessage] = useState("");

  const remove = () => {
    setPlaylists((all) => all.filter((p) => p.id !== pending.id));
    setPending(null);
    setMessage("Playlist deleted");
  };

  return (
    <main>
      <h1>Your playlists ({playlists.length})</h1>
      <ul>
        {playlists.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> · {p.tracks} tracks{" "}
            <button>Play</button>{" "}
            <button
              onClick={() => {
                setMessage("");
                setPending(p);
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{message}</p>
      {pending && (
        <ConfirmDelete playlist={pending} onCancel={() => setPending(null)} onConfirm={remove} />
      )}
    </main>
  );
}

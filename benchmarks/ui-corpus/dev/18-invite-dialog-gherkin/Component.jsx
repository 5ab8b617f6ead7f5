import React, { useState } from "react";

export default function TeamInvites() {
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState("");
  const [error, setError] = useState("");
  const [invited, setInvited] = useState([]);

  function send(event) {
    event.preventDefault();
    if (!email.includes("@")) {
      setError("That does not look like an email address");
      return;
    }
    setInvited([...invited, email]);
    setEmail("");
    setError("");
    setOpen(false);
  }

  return (
    <section>
      <h2>Team</h2>
      <button onClick={() => setOpen(true)}>Invite teammate</button>
      <ul aria-label="Pending invites">
        {invited.map((address) => (
          <li key={address}>Invite sent to {address}</li>
        ))}
      </ul>
      {open && (
        <div role="dialog" aria-label="Invite a teammate">
          <form onSubmit={send}>
            <label>
              Teammate email
              <input value={email} onChange={(e) => setEmail(e.target.value)} />
            </label>
            {error && <p role="alert">{error}</p>}
            <button type="submit">Send invite</button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </form>
        </div>
      )}
    </section>
  );
}

import React, { useState } from "react";

const TAKEN = ["admin", "maria", "support"];

export default function UsernamePicker() {
  const [name, setName] = useState("");
  const [verdict, setVerdict] = useState(null);

  function check() {
    const value = name.trim().toLowerCase();
    if (value.length < 3) setVerdict({ ok: false, text: "Usernames need at least 3 characters" });
    else if (!/^[a-z0-9_]+$/.test(value)) setVerdict({ ok: false, text: "Use only letters, digits and underscores" });
    else if (TAKEN.includes(value)) setVerdict({ ok: false, text: `@${value} is already taken` });
    else setVerdict({ ok: true, text: `@${value} is available` });
  }

  return (
    <div>
      <label htmlFor="username">Username</label>
      <input id="username" value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={check}>Check availability</button>
      {verdict && <p role={verdict.ok ? "status" : "alert"}>{verdict.text}</p>}
    </div>
  );
}

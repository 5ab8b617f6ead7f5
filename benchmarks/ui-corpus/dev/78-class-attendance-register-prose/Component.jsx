import React, { useState } from "react";

const PUPILS = ["Amara Osei", "Jonah Reyes", "Mei Lin Tan", "Tomasz Nowak", "Zainab Hussain"];

export default function AttendanceRegister() {
  const [present, setPresent] = useState(() => new Set());
  const [saved, setSaved] = useState("");

  function toggle(name, on) {
    const next = new Set(present);
    if (on) next.add(name);
    else next.delete(name);
    setPresent(next);
    setSaved("");
  }

  function submit() {
    const absent = PUPILS.filter((p) => !present.has(p));
    const names = absent.length ? ` (${absent.join(", ")})` : "";
    setSaved(`Register saved: ${present.size} present, ${absent.length} absent${names}`);
  }

  return (
    <div className="register">
      <h2>Year 4 – Room 12 – morning register</h2>
      <span className="count">
        {present.size} of {PUPILS.length} present
      </span>
      <button onClick={() => setPresent(new Set(PUPILS))}>Mark everyone present</button>
      <ul>
        {PUPILS.map((name) => (
          <li key={name}>
            <label>
              <input type="checkbox" checked={present.has(name)} onChange={(e) => toggle(name, e.target.checked)} />
              {name}
            </label>
          </li>
        ))}
      </ul>
      <button onClick={submit}>Submit register</button>
      {saved && <p role="status">{saved}</p>}
    </div>
  );
}

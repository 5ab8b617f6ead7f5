import React, { useState } from "react";

const RESERVED = ["admin", "root", "support"];

type Verdict = { ok: true; text: string } | { ok: false; text: string };

function judge(raw: string): Verdict {
  const name = raw.trim();
  if (name.length < 3 || name.length > 16) return { ok: false, text: "Use 3 to 16 characters" };
  if (!/^\w+$/.test(name)) return { ok: false, text: "Only letters, digits and underscores are allowed" };
  if (!/^[A-Za-z]/.test(name)) return { ok: false, text: "Start with a letter" };
  if (RESERVED.includes(name.toLowerCase())) return { ok: false, text: `"${name.toLowerCase()}" is reserved` };
  return { ok: true, text: `${name} is available` };
}

function useUsernameCheck() {
  const [value, setValue] = useState<string>("");
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  return {
    value,
    verdict,
    change: (e: React.ChangeEvent<HTMLInputElement>) => {
      setValue(e.target.value);
      setVerdict(null);
    },
    check: () => setVerdict(judge(value)),
  };
}

export default function UsernamePicker(): JSX.Element {
  const { value, verdict, change, check } = useUsernameCheck();
  return (
    <div className="signup-step">
      <h2>Pick a username</h2>
      <input aria-label="Username" placeholder="e.g. ada_l" value={value} onChange={change} />
      <button type="button" onClick={check}>
        Check
      </button>
      {verdict &&
        (verdict.ok ? (
          <p role="status" className="hint ok">
            {verdict.text}
          </p>
        ) : (
          <p role="alert" className="hint bad">
            {verdict.text}
          </p>
        ))}
    </div>
  );
}

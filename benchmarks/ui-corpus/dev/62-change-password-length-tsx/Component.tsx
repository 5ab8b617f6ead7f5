import React, { FormEvent, useState } from "react";

type Fields = { current: string; next: string; repeat: string };
type Problems = Partial<Record<keyof Fields, string>>;

const MIN_LENGTH = 10;

function check(fields: Fields): Problems {
  const problems: Problems = {};
  if (!fields.current) problems.current = "Enter your current password.";
  if (fields.next.length < MIN_LENGTH) {
    problems.next = `The new password needs at least ${MIN_LENGTH} characters.`;
  } else if (fields.next === fields.current) {
    problems.next = "Pick a password you have not used before.";
  }
  if (fields.repeat !== fields.next) problems.repeat = "The two new passwords differ.";
  return problems;
}

function usePasswordForm() {
  const [fields, setFields] = useState<Fields>({ current: "", next: "", repeat: "" });
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<boolean>(false);
  const set = (key: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setFields({ ...fields, [key]: e.target.value });
    setSaved(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = check(fields);
    setProblems(found);
    setSaved(Object.keys(found).length === 0);
  };
  return { fields, problems, saved, set, submit };
}

export default function ChangePassword(): JSX.Element {
  const { fields, problems, saved, set, submit } = usePasswordForm();
  const row = (key: keyof Fields, label: string) => (
    <div className="form-row">
      <label htmlFor={`pw-${key}`}>{label}</label>
      <input
        id={`pw-${key}`}
        type="password"
        value={fields[key]}
        onChange={set(key)}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `pw-${key}-problem` : undefined}
      />
      {problems[key] && (
        <p id={`pw-${key}-problem`} role="alert" className="form-error">
          {problems[key]}
        </p>
      )}
    </div>
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="pw-title">
      <h2 id="pw-title">Change password</h2>
      {row("current", "Current password")}
      {row("next", "New password")}
      {row("repeat", "Repeat new password")}
      <button type="submit">Update password</button>
      {saved && <p role="status">Your password was changed.</p>}
    </form>
  );
}

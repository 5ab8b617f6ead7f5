import React, { useState } from "react";

type Shift = { id: string; label: string; spotsLeft: number };

const SHIFTS: Shift[] = [
  { id: "sat-am", label: "Saturday morning (8–12)", spotsLeft: 4 },
  { id: "sat-pm", label: "Saturday afternoon (12–16)", spotsLeft: 2 },
  { id: "sun-am", label: "Sunday morning (8–12)", spotsLeft: 0 },
];

type Errors = Partial<Record<"name" | "email" | "shift", string>>;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function validate(name: string, email: string, shift: string): Errors {
  const errors: Errors = {};
  if (!name.trim()) errors.name = "Please enter your name";
  if (!EMAIL.test(email.trim())) errors.email = "Enter a valid email address";
  if (!shift) errors.shift = "Pick a shift";
  return errors;
}

export default function VolunteerSignup(): JSX.Element {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [shift, setShift] = useState("");
  const [briefed, setBriefed] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<{ first: string; shift: string } | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate(name, email, shift);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      const chosen = SHIFTS.find((s) => s.id === shift)!;
      setDone({ first: name.trim().split(/\s+/)[0], shift: chosen.label });
    }
  };

  if (done) {
    return (
      <section>
        <h2>Beach clean-up volunteers</h2>
        <p className="confirmation">
          Thanks, {done.first}! You're down for {done.shift}.
        </p>
      </section>
    );
  }

  return (
    <section>
      <h2>Beach clean-up volunteers</h2>
      <form noValidate onSubmit={submit}>
        <label htmlFor="vol-name">Full name</label>
        <input
          id="vol-name"
          value={name}
          aria-invalid={errors.name ? "true" : "false"}
          onChange={(e) => setName(e.target.value)}
        />
        {errors.name && <p className="field-error">{errors.name}</p>}

        <label htmlFor="vol-email">Email</label>
        <input
          id="vol-email"
          type="email"
          value={email}
          aria-invalid={errors.email ? "true" : "false"}
          onChange={(e) => setEmail(e.target.value)}
        />
        {errors.email && <p className="field-error">{errors.email}</p>}

        <label htmlFor="vol-shift">Shift</label>
        <select
          id="vol-shift"
          value={shift}
          aria-invalid={errors.shift ? "true" : "false"}
          onChange={(e) => setShift(e.target.value)}
        >
          <option value="">Choose a shift</option>
          {SHIFTS.map((s) => (
            <option key={s.id} value={s.id} disabled={s.spotsLeft === 0}>
              {s.spotsLeft === 0 ? `${s.label} – full` : s.label}
            </option>
          ))}
        </select>
        {errors.shift && <p className="field-error">{errors.shift}</p>}

        <label>
          <input type="checkbox" checked={briefed} onChange={(e) => setBriefed(e.target.checked)} />
          I have read the safety briefing
        </label>

        <button type="submit" disabled={!briefed}>
          Sign up
        </button>
      </form>
    </section>
  );
}

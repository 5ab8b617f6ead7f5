import React, { useEffect, useState } from "react";

const MAX_SHIFTS = 2;

export default function VolunteerRota() {
  const [shifts, setShifts] = useState(null);
  const [mine, setMine] = useState([]);
  const [filter, setFilter] = useState("all");
  const [error, setError] = useState("");

  useEffect(() => {
    fetch("/api/shifts")
      .then((r) => r.json())
      .then(setShifts);
  }, []);

  if (!shifts) return <p>Loading the rota…</p>;

  function signUp(shift) {
    if (mine.length >= MAX_SHIFTS) {
      setError(`You can sign up for at most ${MAX_SHIFTS} shifts a weekend`);
      return;
    }
    setError("");
    setMine([...mine, shift.id]);
    setShifts(shifts.map((s) => (s.id === shift.id ? { ...s, filled: s.filled + 1 } : s)));
  }

  const visible = filter === "needs" ? shifts.filter((s) => s.filled < s.slots) : shifts;

  return (
    <main>
      <h1>Northgate Food Bank – weekend rota</h1>
      <p data-testid="my-shifts">
        You're signed up for {mine.length} {mine.length === 1 ? "shift" : "shifts"}
      </p>
      <div>
        <button aria-pressed={filter === "all"} onClick={() => setFilter("all")}>
          All shifts
        </button>
        <button aria-pressed={filter === "needs"} onClick={() => setFilter("needs")}>
          Needs volunteers
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {visible.map((s) => {
        const joined = mine.includes(s.id);
        const full = s.filled >= s.slots;
        return (
          <article key={s.id} aria-label={s.task}>
            <h3>{s.task}</h3>
            <p>
              {s.day} {s.time}
            </p>
            <p>
              {s.filled} of {s.slots} volunteers
            </p>
            <button disabled={joined || full} onClick={() => signUp(s)}>
              {joined ? "Signed up" : full ? "Full" : "Sign up"}
            </button>
          </article>
        );
      })}
    </main>
  );
}

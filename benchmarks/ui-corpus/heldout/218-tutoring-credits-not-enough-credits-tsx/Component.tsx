import React, { useState } from "react";

type Subject = { id: string; name: string; creditsPerHour: number; tutor: string };
type Session = { id: number; subject: Subject; day: string; hours: number; credits: number };

const SUBJECTS: Subject[] = [
  { id: "maths", name: "Maths (GCSE)", creditsPerHour: 1, tutor: "Mr Adeyemi" },
  { id: "chemistry", name: "Chemistry (A level)", creditsPerHour: 2, tutor: "Dr Novak" },
  { id: "french", name: "French conversation", creditsPerHour: 1, tutor: "Mme Girard" },
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const START_BALANCE = 5;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

export default function TutoringCredits(): JSX.Element {
  const [balance, setBalance] = useState<number>(START_BALANCE);
  const [subjectId, setSubjectId] = useState<string>("maths");
  const [day, setDay] = useState<string>("Monday");
  const [hours, setHours] = useState<number>(1);
  const [sessions, setSessions] = useState<Session[]>([]);
  const [message, setMessage] = useState<string>("");
  const [nextId, setNextId] = useState<number>(1);

  const subject = SUBJECTS.find((s) => s.id === subjectId) as Subject;
  const cost = subject.creditsPerHour * hours;
  const shortBy = cost > balance;

  function book(): void {
    if (shortBy) return;
    const session: Session = { id: nextId, subject, day, hours, credits: cost };
    setSessions([...sessions, session]);
    setBalance(balance - cost);
    setNextId(nextId + 1);
    setMessage(`${subject.name} with ${subject.tutor} booked for ${day} – ${plural(cost, "credit")} used`);
  }

  function cancel(session: Session): void {
    setSessions(sessions.filter((s) => s.id !== session.id));
    setBalance(balance + session.credits);
    setMessage(`${session.subject.name} on ${session.day} cancelled – ${plural(session.credits, "credit")} returned`);
  }

  return (
    <main>
      <h1>Tutoring sessions</h1>
      <p data-testid="balance">Credits left: {balance}</p>

      <section aria-labelledby="book-heading">
        <h2 id="book-heading">Book a session</h2>
        <label htmlFor="subject">Subject</label>
        <select id="subject" value={subjectId} onChange={(e) => setSubjectId(e.target.value)}>
          {SUBJECTS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label htmlFor="day">Which day?</label>
        <select id="day" value={day} onChange={(e) => setDay(e.target.value)}>
          {DAYS.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
        <fieldset>
          <legend>Length</legend>
          {[1, 2].map((h) => (
            <label key={h}>
              <input type="radio" name="length" checked={hours === h} onChange={() => setHours(h)} />
              {plural(h, "hour")}
            </label>
          ))}
        </fieldset>
        <p data-testid="session-cost">This session uses {plural(cost, "credit")}</p>
        {shortBy && (
          <p role="alert">
            Not enough credits: this session needs {cost} and you have {balance}.
          </p>
        )}
        <button type="button" onClick={book} disabled={shortBy}>
          Book session
        </button>
      </section>

      {message && <p role="status">{message}</p>}

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming sessions</h2>
        {sessions.length === 0 ? (
          <p>You have no sessions booked.</p>
        ) : (
          <ul aria-label="Upcoming sessions">
            {sessions.map((s) => (
              <li key={s.id}>
                {s.day}: {s.subject.name} with {s.subject.tutor}, {plural(s.hours, "hour")} ({plural(s.credits, "credit")}){" "}
                <button type="button" onClick={() => cancel(s)} aria-label={`Cancel ${s.subject.name} on ${s.day}`}>
                  Cancel
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

import React, { useEffect, useState } from "react";

type Slot = { time: string; taken: boolean };
type Diary = { instructor: string; day: string; pricePerHour: number; slots: Slot[] };

const money = (n: number): string => `£${n.toFixed(2)}`;
const plusHours = (time: string, h: number): string => {
  const [hh, mm] = time.split(":").map(Number);
  return `${String(hh + h).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
};

export default function LessonBooking(): JSX.Element {
  const [diary, setDiary] = useState<Diary | null>(null);
  const [failed, setFailed] = useState<boolean>(false);
  const [hours, setHours] = useState<number>(1);
  const [start, setStart] = useState<string>("");
  const [error, setError] = useState<string>("");
  const [confirmed, setConfirmed] = useState<string>("");

  useEffect(() => {
    fetch("/api/lesson-slots")
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then((d: Diary) => setDiary(d))
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <p role="alert">The diary could not be loaded.</p>;
  if (!diary) return <p>Loading the diary…</p>;

  function book(): void {
    if (!diary) return;
    setConfirmed("");
    if (!start) {
      setError("Pick a start time");
      return;
    }
    const index = diary.slots.findIndex((s) => s.time === start);
    const needed = diary.slots.slice(index, index + hours);
    const clash = needed.find((s) => s.taken);
    if (needed.length < hours) {
      setError(`A ${hours} hour lesson can't start at ${start} - the diary ends before it finishes`);
      return;
    }
    if (clash) {
      setError(`Can't book ${hours} hours from ${start}: ${clash.time} is already booked`);
      return;
    }
    setError("");
    const times = needed.map((s) => s.time);
    setDiary({ ...diary, slots: diary.slots.map((s) => (times.includes(s.time) ? { ...s, taken: true } : s)) });
    setStart("");
    setConfirmed(
      `Lesson booked with ${diary.instructor}: ${diary.day} ${start}-${plusHours(start, hours)}, ${money(hours * diary.pricePerHour)}`
    );
  }

  return (
    <main>
      <h1>Book a driving lesson</h1>
      <p>
        {diary.instructor} · {diary.day} · {money(diary.pricePerHour)} per hour
      </p>
      <label htmlFor="length">Lesson length</label>
      <select id="length" value={hours} onChange={(e) => setHours(Number(e.target.value))}>
        <option value={1}>1 hour</option>
        <option value={2}>2 hours</option>
      </select>
      <fieldset>
        <legend>Start time</legend>
        <ul aria-label="Start times" style={{ listStyle: "none", padding: 0 }}>
          {diary.slots.map((s) => (
            <li key={s.time}>
              <label>
                <input
                  type="radio"
                  name="start"
                  value={s.time}
                  disabled={s.taken}
                  checked={start === s.time}
                  onChange={() => setStart(s.time)}
                />
                {s.time}
                {s.taken ? " - taken" : ""}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="button" onClick={book}>
        Book lesson
      </button>
      {error && <p role="alert">{error}</p>}
      {confirmed && <p role="status">{confirmed}</p>}
    </main>
  );
}

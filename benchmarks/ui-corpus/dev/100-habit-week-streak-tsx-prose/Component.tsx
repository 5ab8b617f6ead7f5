import React, { useMemo, useState } from "react";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const HABITS = ["Read 20 pages", "Stretch", "No phone after 10pm"] as const;

type Habit = (typeof HABITS)[number];
type Week = boolean[];

const emptyWeek = (): Week => DAYS.map(() => false);

function longestRun(week: Week): number {
  let best = 0;
  let run = 0;
  for (const done of week) {
    run = done ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export default function HabitTracker(): JSX.Element {
  const [habit, setHabit] = useState<Habit>("Read 20 pages");
  const [weeks, setWeeks] = useState<Record<Habit, Week>>(() => ({
    "Read 20 pages": emptyWeek(),
    Stretch: emptyWeek(),
    "No phone after 10pm": emptyWeek(),
  }));

  const week = weeks[habit];
  const doneCount = week.filter(Boolean).length;
  const best = useMemo(() => longestRun(week), [week]);

  const toggle = (index: number) =>
    setWeeks((all) => ({ ...all, [habit]: all[habit].map((d, i) => (i === index ? !d : d)) }));

  return (
    <section>
      <h1>Habit tracker</h1>
      <label>
        Habit
        <select value={habit} onChange={(e) => setHabit(e.target.value as Habit)}>
          {HABITS.map((h) => (
            <option key={h}>{h}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>This week</legend>
        {DAYS.map((day, i) => (
          <label key={day}>
            <input type="checkbox" checked={week[i]} onChange={() => toggle(i)} />
            {day}
          </label>
        ))}
      </fieldset>
      <p data-testid="week-summary">
        {doneCount} of 7 days done · best run: {plural(best, "day")}
      </p>
      {doneCount === 7 && <p role="status">Perfect week! Every day ticked off.</p>}
      <button onClick={() => setWeeks((all) => ({ ...all, [habit]: emptyWeek() }))}>Clear week</button>
    </section>
  );
}

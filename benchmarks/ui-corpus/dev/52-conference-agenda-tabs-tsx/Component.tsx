import React, { useReducer, useState } from "react";

type Session = { id: string; day: 1 | 2; time: string; title: string; room: string };
type TabId = "day1" | "day2" | "mine";

const SESSIONS: Session[] = [
  { id: "keynote", day: 1, time: "09:00", title: "Opening keynote", room: "Main hall" },
  { id: "postgres", day: 1, time: "10:30", title: "Scaling Postgres reads", room: "Room A" },
  { id: "tokens", day: 1, time: "11:30", title: "Design tokens in practice", room: "Room B" },
  { id: "browsers", day: 2, time: "09:30", title: "Testing with real browsers", room: "Room A" },
  { id: "a11y", day: 2, time: "11:00", title: "Accessibility audits", room: "Room B" },
];

function toggleSaved(saved: string[], id: string): string[] {
  return saved.includes(id) ? saved.filter((s) => s !== id) : [...saved, id];
}

function SessionList({ sessions, saved, onToggle }: {
  sessions: Session[];
  saved: string[];
  onToggle: (id: string) => void;
}): JSX.Element {
  return (
    <ul>
      {sessions.map((s) => (
        <li key={s.id}>
          <strong>{s.time}</strong> {s.title} <em>{s.room}</em>{" "}
          <button onClick={() => onToggle(s.id)}>
            {saved.includes(s.id) ? "Remove from schedule" : "Add to my schedule"}
          </button>
        </li>
      ))}
    </ul>
  );
}

export default function ConferenceAgenda(): JSX.Element {
  const [tab, setTab] = useState<TabId>("day1");
  const [saved, toggle] = useReducer(toggleSaved, [] as string[]);

  const tabs: { id: TabId; label: string }[] = [
    { id: "day1", label: "Day 1" },
    { id: "day2", label: "Day 2" },
    { id: "mine", label: `My schedule (${saved.length})` },
  ];
  const mine = SESSIONS.filter((s) => saved.includes(s.id));
  const shown = tab === "mine" ? mine : SESSIONS.filter((s) => s.day === (tab === "day1" ? 1 : 2));

  return (
    <main>
      <h1>DevDays 2026 agenda</h1>
      <div role="tablist" aria-label="Agenda">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="agenda-panel"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id="agenda-panel" aria-labelledby={`tab-${tab}`}>
        {tab === "mine" && mine.length === 0 ? (
          <p>You haven't saved any sessions yet.</p>
        ) : (
          <SessionList sessions={shown} saved={saved} onToggle={toggle} />
        )}
      </section>
    </main>
  );
}

import React, { useEffect, useState } from "react";

type Meeting = {
  id: number;
  date: string; // YYYY-MM-DD
  book: string;
  author: string;
  host: string;
  going: number;
  status: "upcoming" | "held";
};
type Show = "all" | "upcoming" | "held";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export default function BookClubMeetings(): JSX.Element {
  const [meetings, setMeetings] = useState<Meeting[] | null>(null);
  const [show, setShow] = useState<Show>("all");
  const [mine, setMine] = useState<number[]>([]);

  useEffect(() => {
    fetch("/api/meetings")
      .then((r) => r.json())
      .then((data: Meeting[]) => setMeetings(data));
  }, []);

  if (!meetings) return <p>Loading meetings…</p>;

  const visible = meetings
    .filter((m) => show === "all" || m.status === show)
    .sort((a, b) => a.date.localeCompare(b.date));

  function toggle(id: number): void {
    setMine((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  }

  return (
    <main>
      <h1>Riverside Book Club</h1>
      <label htmlFor="show">Show</label>
      <select id="show" value={show} onChange={(e) => setShow(e.target.value as Show)}>
        <option value="all">All meetings</option>
        <option value="upcoming">Upcoming</option>
        <option value="held">Past</option>
      </select>
      <p role="status">
        {visible.length} {visible.length === 1 ? "meeting" : "meetings"}
      </p>
      <ul aria-label="Meetings">
        {visible.map((m) => {
          const joined = mine.includes(m.id);
          const count = m.going + (joined ? 1 : 0);
          return (
            <li key={m.id}>
              <h2>{m.book}</h2>
              <p>
                by {m.author} · {longDate(m.date)} · hosted by {m.host}
              </p>
              {m.status === "upcoming" ? (
                <>
                  <p data-testid="going">{count} going</p>
                  <button type="button" onClick={() => toggle(m.id)}>
                    {joined ? "Can't make it" : "I'm going"}
                  </button>
                </>
              ) : (
                <p data-testid="going">{count} came</p>
              )}
            </li>
          );
        })}
      </ul>
    </main>
  );
}

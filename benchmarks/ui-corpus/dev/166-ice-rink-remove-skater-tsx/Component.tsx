import React, { useState } from "react";

type Ticket = "Adult" | "Child";

interface Skater {
  id: number;
  name: string;
  ticket: Ticket;
  skates: boolean;
}

const PRICES: Record<Ticket, number> = { Adult: 9, Child: 6.5 };
const SKATE_HIRE = 3;
const MAX_SKATERS = 6;
const SESSIONS = ["10:00 Family skate", "14:00 Public session", "19:30 Disco on ice"];

const money = (n: number): string => `£${n.toFixed(2)}`;
const cost = (s: Skater): number => PRICES[s.ticket] + (s.skates ? SKATE_HIRE : 0);

export default function IceRinkBooking(): JSX.Element {
  const [session, setSession] = useState<string>("");
  const [skaters, setSkaters] = useState<Skater[]>([]);
  const [nextId, setNextId] = useState<number>(1);
  const [name, setName] = useState<string>("");
  const [ticket, setTicket] = useState<Ticket>("Adult");
  const [skates, setSkates] = useState<boolean>(false);
  const [booked, setBooked] = useState<string>("");

  const total = skaters.reduce((sum, s) => sum + cost(s), 0);
  const full = skaters.length >= MAX_SKATERS;

  function add(): void {
    if (!name.trim() || full) return;
    setSkaters([...skaters, { id: nextId, name: name.trim(), ticket, skates }]);
    setNextId(nextId + 1);
    setName("");
    setTicket("Adult");
    setSkates(false);
  }

  function remove(index: number): void {
    setSkaters(skaters.filter((_, i) => i !== index));
  }

  return (
    <main>
      <h1>Ice rink booking</h1>
      <label htmlFor="session">Session</label>
      <select id="session" value={session} onChange={(e) => setSession(e.target.value)}>
        <option value="">Choose a session</option>
        {SESSIONS.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>

      <fieldset>
        <legend>Add a skater</legend>
        <label htmlFor="skater-name">Name</label>
        <input id="skater-name" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="ticket">Ticket</label>
        <select id="ticket" value={ticket} onChange={(e) => setTicket(e.target.value as Ticket)}>
          <option value="Adult">Adult ({money(PRICES.Adult)})</option>
          <option value="Child">Child ({money(PRICES.Child)})</option>
        </select>
        <label>
          <input type="checkbox" checked={skates} onChange={(e) => setSkates(e.target.checked)} />
          Hire skates ({money(SKATE_HIRE)})
        </label>
        <button type="button" onClick={add} disabled={full}>
          Add skater
        </button>
      </fieldset>

      <ul aria-label="Skaters">
        {skaters.map((s, i) => (
          <li key={s.id}>
            <span>
              {s.name} · {s.ticket}
              {s.skates ? " · skates" : ""} · {money(cost(s))}
            </span>{" "}
            <button type="button" aria-label={`Remove ${s.name}`} title="Remove" onClick={() => remove(i)}>
              🗑
            </button>
          </li>
        ))}
      </ul>
      <p>
        Total: <strong data-testid="total">{money(total)}</strong>
      </p>
      <button
        type="button"
        disabled={!session || skaters.length === 0}
        onClick={() => setBooked(`Booked ${skaters.length} skaters on the ${session} - ${money(total)}`)}
      >
        Book skaters
      </button>
      {booked && <p role="status">{booked}</p>}
    </main>
  );
}

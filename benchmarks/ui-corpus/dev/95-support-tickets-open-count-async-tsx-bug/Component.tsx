import React, { useEffect, useState } from "react";

type Priority = "high" | "normal" | "low";

interface Ticket {
  id: string;
  subject: string;
  priority: Priority;
  status: "open" | "closed";
}

export default function SupportQueue(): JSX.Element {
  const [tickets, setTickets] = useState<Ticket[] | null>(null);
  const [closedNow, setClosedNow] = useState<string[]>([]);

  useEffect(() => {
    fetch("/api/tickets")
      .then((res) => res.json())
      .then((data: Ticket[]) => setTickets(data));
  }, []);

  if (tickets === null) return <p>Loading the queue…</p>;

  const isOpen = (t: Ticket) => t.status === "open" && !closedNow.includes(t.id);
  const open = tickets.filter(isOpen);
  const closed = tickets.filter((t) => !isOpen(t));

  return (
    <main>
      <h1>Support queue</h1>
      <section>
        <h2>Open tickets: {open.length}</h2>
        <ul aria-label="Open tickets">
          {open.map((t) => (
            <li key={t.id}>
              <span className={`priority ${t.priority}`}>{t.priority}</span> {t.id} {t.subject}{" "}
              <button onClick={() => setClosedNow((ids) => [...ids, t.id])}>Close</button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Recently closed ({closed.length})</h2>
        <ul aria-label="Recently closed">
          {closed.map((t) => (
            <li key={t.id}>
              {t.id} {t.subject}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

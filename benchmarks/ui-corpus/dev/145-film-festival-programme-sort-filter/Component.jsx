import React, { useState } from "react";

const SCREENINGS = [
  { title: "The Salt Road", venue: "Odeon 2", start: "18:15", minutes: 104, soldOut: true },
  { title: "Paper Moons", venue: "Arts Centre", start: "14:00", minutes: 92, soldOut: false },
  { title: "Kestrel", venue: "Odeon 1", start: "20:45", minutes: 121, soldOut: false },
  { title: "After the Flood", venue: "Arts Centre", start: "11:30", minutes: 88, soldOut: true },
  { title: "Night Market", venue: "Odeon 1", start: "16:40", minutes: 97, soldOut: false },
];

const ORDERS = {
  "Start time": (a, b) => a.start.localeCompare(b.start),
  Title: (a, b) => a.title.localeCompare(b.title),
  "Longest first": (a, b) => b.minutes - a.minutes,
};

export default function FestivalProgramme() {
  const [order, setOrder] = useState("Start time");
  const [hideSoldOut, setHideSoldOut] = useState(false);
  const [starred, setStarred] = useState([]);

  const rows = SCREENINGS.filter((s) => !hideSoldOut || !s.soldOut).sort(ORDERS[order]);
  const toggle = (title) =>
    setStarred(starred.includes(title) ? starred.filter((t) => t !== title) : [...starred, title]);

  return (
    <section>
      <h2>Saturday at the Harbour Film Festival</h2>
      <label>
        Sort by
        <select value={order} onChange={(e) => setOrder(e.target.value)}>
          {Object.keys(ORDERS).map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={hideSoldOut} onChange={(e) => setHideSoldOut(e.target.checked)} />
        Hide sold out
      </label>
      <p data-testid="my-list">My list ({starred.length})</p>
      <table>
        <thead>
          <tr>
            <th>Film</th>
            <th>Venue</th>
            <th>Starts</th>
            <th>Length</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.title} data-testid="screening">
              <td data-testid="film-title">{s.title}</td>
              <td>{s.venue}</td>
              <td>{s.start}</td>
              <td>
                {s.minutes} min {s.soldOut && <strong>Sold out</strong>}
              </td>
              <td>
                <button
                  aria-label={`Add ${s.title} to my list`}
                  aria-pressed={starred.includes(s.title)}
                  onClick={() => toggle(s.title)}
                >
                  {starred.includes(s.title) ? "★" : "☆"}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

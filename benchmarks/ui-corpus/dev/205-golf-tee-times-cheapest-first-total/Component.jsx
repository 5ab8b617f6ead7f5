import React, { useState } from "react";

const TEE_TIMES = [
  { time: "07:30", holes: 18, price: 42, spaces: 4 },
  { time: "08:10", holes: 18, price: 42, spaces: 2 },
  { time: "10:20", holes: 9, price: 24, spaces: 4 },
  { time: "12:00", holes: 18, price: 38, spaces: 3 },
  { time: "14:40", holes: 9, price: 20, spaces: 4 },
  { time: "16:10", holes: 18, price: 30, spaces: 4, twilight: true },
];

const money = (n) => `£${n.toFixed(2)}`;
const SORTS = {
  time: (a, b) => a.time.localeCompare(b.time),
  price: (a, b) => a.price - b.price || a.time.localeCompare(b.time),
};

export default function TeeSheet() {
  const [times, setTimes] = useState(TEE_TIMES);
  const [sort, setSort] = useState("time");
  const [holes, setHoles] = useState("all");
  const [players, setPlayers] = useState({});
  const [booking, setBooking] = useState("");

  const shown = times.filter((t) => holes === "all" || String(t.holes) === holes).sort(SORTS[sort]);

  function book(t) {
    const n = players[t.time] ?? 1;
    setTimes(times.map((x) => (x.time === t.time ? { ...x, spaces: x.spaces - n } : x)));
    setPlayers({ ...players, [t.time]: 1 });
    setBooking(`Booked ${n} ${n === 1 ? "player" : "players"} at ${t.time} (${t.holes} holes): ${money(n * t.price)}`);
  }

  return (
    <main>
      <h1>Heathmoor Golf Club - Saturday tee sheet</h1>
      <label htmlFor="sort">Sort by</label>
      <select id="sort" value={sort} onChange={(e) => setSort(e.target.value)}>
        <option value="time">Earliest first</option>
        <option value="price">Cheapest first</option>
      </select>
      <div role="group" aria-label="Holes">
        {[
          ["all", "All"],
          ["9", "9 holes"],
          ["18", "18 holes"],
        ].map(([value, label]) => (
          <button key={value} type="button" aria-pressed={holes === value} onClick={() => setHoles(value)}>
            {label}
          </button>
        ))}
      </div>
      <p data-testid="count">{shown.length} tee times</p>
      <ul aria-label="Tee times">
        {shown.map((t) => (
          <li key={t.time} aria-label={t.time}>
            <strong>{t.time}</strong> · {t.holes} holes · {money(t.price)} per player{t.twilight ? " · Twilight" : ""} ·{" "}
            <span>
              {t.spaces} {t.spaces === 1 ? "space" : "spaces"} left
            </span>
            {t.spaces > 0 && (
              <>
                <label>
                  {" "}
                  Players
                  <select
                    value={players[t.time] ?? 1}
                    onChange={(e) => setPlayers({ ...players, [t.time]: Number(e.target.value) })}
                  >
                    {Array.from({ length: t.spaces }, (_, i) => i + 1).map((n) => (
                      <option key={n}>{n}</option>
                    ))}
                  </select>
                </label>
                <button type="button" onClick={() => book(t)}>
                  Book
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {booking && <p role="status">{booking}</p>}
    </main>
  );
}

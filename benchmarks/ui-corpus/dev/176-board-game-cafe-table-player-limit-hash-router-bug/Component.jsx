import React, { useEffect, useState } from "react";

const GAMES = [
  { id: "azul", name: "Azul", min: 2, max: 4, minutes: 45 },
  { id: "codenames", name: "Codenames", min: 4, max: 8, minutes: 20 },
  { id: "wingspan", name: "Wingspan", min: 1, max: 5, minutes: 70 },
  { id: "patchwork", name: "Patchwork", min: 2, max: 2, minutes: 30 },
];
const TIMES = ["17:00", "18:30", "19:30", "21:00"];

function useHash() {
  const read = () => window.location.hash.slice(1) || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const on = () => setPath(read());
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return path;
}

function Shelf() {
  return (
    <section>
      <h1>Game shelf</h1>
      <ul>
        {GAMES.map((g) => (
          <li key={g.id}>
            <a href={`#/games/${g.id}`}>{g.name}</a> · {g.min === g.max ? g.min : `${g.min}-${g.max}`} players
          </li>
        ))}
      </ul>
    </section>
  );
}

function GamePage({ game }) {
  return (
    <article>
      <a href="#/">‹ Back to the shelf</a>
      <h1>{game.name}</h1>
      <p>
        {game.min === game.max ? `${game.min} players` : `${game.min}-${game.max} players`} · about {game.minutes} minutes
      </p>
      <a href={`#/games/${game.id}/book`}>Book a table</a>
    </article>
  );
}

function BookingPage({ game, onBooked }) {
  const [players, setPlayers] = useState("2");
  const [time, setTime] = useState("");
  const n = Number(players);
  let warning = "";
  if (!Number.isInteger(n) || n < 1) warning = "Enter how many people are coming";
  else if (n > game.max) warning = `${game.name} is for at most ${game.max} players`;
  else if (n < game.min) warning = `${game.name} needs at least ${game.min} players`;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onBooked(`Table for ${n} at ${time} to play ${game.name}. See you then!`);
        window.location.hash = "#/booked";
      }}
    >
      <a href={`#/games/${game.id}`}>‹ {game.name}</a>
      <h1>Book a table: {game.name}</h1>
      <label htmlFor="players">Players</label>
      <input id="players" type="number" min="1" value={players} onChange={(e) => setPlayers(e.target.value)} />
      <label htmlFor="time">Time</label>
      <select id="time" value={time} onChange={(e) => setTime(e.target.value)}>
        <option value="">Pick a time</option>
        {TIMES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      {warning && <p role="alert">{warning}</p>}
      <button type="submit" disabled={!!warning || !time}>
        Reserve
      </button>
    </form>
  );
}

export default function BoardGameCafe() {
  const path = useHash();
  const [booking, setBooking] = useState("");
  const m = path.match(/^\/games\/([\w-]+)(\/book)?$/);
  const game = m && GAMES.find((g) => g.id === m[1]);

  let page;
  if (path === "/booked" && booking) {
    page = (
      <section>
        <h1>Booked</h1>
        <p role="status">{booking}</p>
        <a href="#/">Back to the shelf</a>
      </section>
    );
  } else if (game && m[2]) page = <BookingPage game={game} onBooked={setBooking} />;
  else if (game) page = <GamePage game={game} />;
  else page = <Shelf />;

  return (
    <main>
      <header>The Meeple Room</header>
      {page}
    </main>
  );
}

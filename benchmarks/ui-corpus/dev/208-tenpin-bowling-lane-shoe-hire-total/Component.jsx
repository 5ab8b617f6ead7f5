import React, { useState } from "react";

const GAMES = { 1: 6.5, 2: 11, 3: 15 };
const SHOE_HIRE = 1.5;
const MAX_PLAYERS = 6;

const money = (n) => `£${n.toFixed(2)}`;

export default function BowlingBooking() {
  const [name, setName] = useState("");
  const [players, setPlayers] = useState([]);
  const [games, setGames] = useState("1");
  const [booked, setBooked] = useState("");

  const perPerson = GAMES[games];
  const shoes = players.filter((p) => p.shoes).length;
  const total = players.length * perPerson + shoes * SHOE_HIRE;

  function addPlayer(e) {
    e.preventDefault();
    const n = name.trim();
    if (!n || players.length >= MAX_PLAYERS) return;
    setPlayers([...players, { id: Date.now() + players.length, name: n, shoes: false }]);
    setName("");
    setBooked("");
  }

  function setShoes(id, on) {
    setPlayers(players.map((p) => (p.id === id ? { ...p, shoes: on } : p)));
  }

  function book() {
    const names = players.map((p) => p.name);
    const who = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
    const g = games === "1" ? "1 game" : `${games} games`;
    setBooked(`Lane booked for ${who}: ${g}, ${money(total)}`);
  }

  return (
    <main>
      <h1>Strike Zone - book a lane</h1>
      <form onSubmit={addPlayer}>
        <label htmlFor="player">Player name</label>
        <input id="player" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={players.length >= MAX_PLAYERS}>Add player</button>
      </form>
      <ul aria-label="Players">
        {players.map((p) => (
          <li key={p.id}>
            <span>{p.name}</span>
            <label>
              <input type="checkbox" checked={p.shoes} onChange={(e) => setShoes(p.id, e.target.checked)} />
              Shoe hire for {p.name}
            </label>
            <button type="button" aria-label={`Remove ${p.name}`} onClick={() => setPlayers(players.filter((x) => x.id !== p.id))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <p data-testid="player-count">{players.length} of {MAX_PLAYERS} players</p>
      <label htmlFor="games">Games</label>
      <select id="games" value={games} onChange={(e) => setGames(e.target.value)}>
        <option value="1">1 game ({money(GAMES[1])} each)</option>
        <option value="2">2 games ({money(GAMES[2])} each)</option>
        <option value="3">3 games ({money(GAMES[3])} each)</option>
      </select>
      <p data-testid="lane-total">Total: {money(total)}</p>
      <button type="button" disabled={players.length === 0} onClick={book}>Book lane</button>
      {booked && <p role="status">{booked}</p>}
    </main>
  );
}

import React, { useState } from "react";

const PER_ROOM = 30;
const MINIMUM = 60;
const STAIRS = 25;
const PROTECTION_PER_ROOM = 8;
const MAX_ROOMS = 8;

const money = (n) => `£${n.toFixed(2)}`;

export default function CarpetQuote() {
  const [rooms, setRooms] = useState("");
  const [stairs, setStairs] = useState(false);
  const [protection, setProtection] = useState(false);
  const [quote, setQuote] = useState(null);
  const [error, setError] = useState("");

  function getQuote(e) {
    e.preventDefault();
    const n = Number(rooms);
    setQuote(null);
    if (rooms.trim() === "" || !Number.isInteger(n) || n < 1) {
      setError("Enter at least 1 room");
      return;
    }
    if (n > MAX_ROOMS) {
      setError(`We can only quote online for up to ${MAX_ROOMS} rooms - please call us to arrange a survey`);
      return;
    }
    setError("");
    let cleaning = n * PER_ROOM;
    const minimum = cleaning < MINIMUM;
    if (minimum) cleaning = MINIMUM;
    const total = cleaning + (stairs ? STAIRS : 0) + (protection ? n * PROTECTION_PER_ROOM : 0);
    setQuote({ total, minimum });
  }

  return (
    <form onSubmit={getQuote} noValidate>
      <h1>FreshPile carpet cleaning - instant quote</h1>
      <p>{money(PER_ROOM)} a room, minimum call-out {money(MINIMUM)}.</p>
      <label htmlFor="rooms">Number of rooms</label>
      <input id="rooms" type="number" value={rooms} onChange={(e) => setRooms(e.target.value)} />
      <label>
        <input type="checkbox" checked={stairs} onChange={(e) => setStairs(e.target.checked)} />
        Stairs and landing ({money(STAIRS)})
      </label>
      <label>
        <input type="checkbox" checked={protection} onChange={(e) => setProtection(e.target.checked)} />
        Stain protection ({money(PROTECTION_PER_ROOM)} per room)
      </label>
      <button type="submit">Get my quote</button>
      {error && <p role="alert">{error}</p>}
      {quote && (
        <p role="status">
          Your quote: {money(quote.total)}
          {quote.minimum ? " (minimum charge applies)" : ""}
        </p>
      )}
    </form>
  );
}

import React, { useState } from "react";

const MIN_PLAYERS = 2;
const MAX_PLAYERS = 6;

// price per player in pence, cheaper for bigger groups
function pricePerPlayer(players: number): number {
  if (players >= 5) return 2200;
  if (players >= 3) return 2500;
  return 3000;
}

const pounds = (pence: number): string => `£${(pence / 100).toFixed(0)}`;

export default function EscapeRoomBooking() {
  const [players, setPlayers] = useState<number>(MIN_PLAYERS);
  const [confirming, setConfirming] = useState<boolean>(false);
  const each = pricePerPlayer(players);
  const total = each * players;

  return (
    <main>
      <h1>The Clockmaker's Attic</h1>
      <p>60 minutes · 2 to 6 players</p>
      <div role="group" aria-label="Players">
        <button
          aria-label="Fewer players"
          disabled={players <= MIN_PLAYERS}
          onClick={() => setPlayers((n) => n - 1)}
        >
          −
        </button>
        <span data-testid="player-count">{players}</span>
        <button
          aria-label="More players"
          disabled={players >= MAX_PLAYERS}
          onClick={() => setPlayers((n) => n + 1)}
        >
          +
        </button>
      </div>
      <p data-testid="price">
        {pounds(each)} per player, {pounds(total)} in total
      </p>
      <button onClick={() => setConfirming(true)}>Book now</button>
      {confirming && (
        <div role="dialog" aria-modal="true" aria-labelledby="confirm-title">
          <h2 id="confirm-title">Confirm your booking</h2>
          <p>
            {players} players, {pounds(total)} in total
          </p>
          <button onClick={() => setConfirming(false)}>Go back</button>
          <button>Confirm booking</button>
        </div>
      )}
    </main>
  );
}

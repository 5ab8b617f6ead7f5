import React, { useReducer, useState } from "react";

type Player = "Asha" | "Ben";
type Turn = { player: Player; scored: number };
type State = { remaining: Record<Player, number>; turn: Player; history: Turn[]; error: string };
type Action = { type: "score"; points: number } | { type: "undo" } | { type: "invalid" };

const PLAYERS: Player[] = ["Asha", "Ben"];
const START = 501;
const other = (player: Player): Player => (player === "Asha" ? "Ben" : "Asha");

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "score": {
      const before = state.remaining[state.turn];
      const left = before - action.points;
      const bust = left < 0 || left === 1;
      return {
        remaining: bust ? state.remaining : { ...state.remaining, [state.turn]: left },
        turn: other(state.turn),
        history: [...state.history, { player: state.turn, scored: bust ? 0 : action.points }],
        error: bust ? `Bust! ${state.turn} stays on ${before}` : "",
      };
    }
    case "undo": {
      const last = state.history[state.history.length - 1];
      if (!last) return state;
      return {
        remaining: { ...state.remaining, [last.player]: state.remaining[last.player] + last.scored },
        turn: last.player,
        history: state.history.slice(0, -1),
        error: "",
      };
    }
    case "invalid":
      return { ...state, error: "Enter a score from 0 to 180" };
  }
}

export default function DartsScorer() {
  const [state, dispatch] = useReducer(reducer, {
    remaining: { Asha: START, Ben: START },
    turn: "Asha",
    history: [],
    error: "",
  });
  const [entry, setEntry] = useState("");

  function addScore(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const points = Number(entry);
    if (entry.trim() === "" || !Number.isInteger(points) || points < 0 || points > 180) {
      dispatch({ type: "invalid" });
    } else {
      dispatch({ type: "score", points });
      setEntry("");
    }
  }

  return (
    <main>
      <h1>501 scorer</h1>
      {PLAYERS.map((player) => (
        <section key={player} aria-label={player}>
          <h2>{player}</h2>
          <p data-testid={`left-${player}`}>{state.remaining[player]} left</p>
        </section>
      ))}
      <p role="status">{state.turn} to throw</p>
      <form onSubmit={addScore}>
        <label htmlFor="turn-score">Score for this turn</label>
        <input
          id="turn-score"
          inputMode="numeric"
          value={entry}
          onChange={(event) => setEntry(event.target.value)}
        />
        <button type="submit">Add score</button>
      </form>
      <button type="button" disabled={state.history.length === 0} onClick={() => dispatch({ type: "undo" })}>
        Undo last turn
      </button>
      {state.error && <p role="alert">{state.error}</p>}
    </main>
  );
}

import React, { useState } from "react";

type Letter = "A" | "B" | "C" | "D" | "E" | "F";

const LETTERS: Letter[] = ["A", "B", "C", "D", "E", "F"];
const ROWS = [1, 2, 3, 4, 5, 6];
const TAKEN = new Set(["2C", "4A", "5E", "6B"]);
const LEGROOM_ROWS = new Set([1]);
const LEGROOM_FEE = 35;

function position(letter: Letter): "window" | "middle" | "aisle" {
  if (letter === "A" || letter === "F") return "window";
  if (letter === "C" || letter === "D") return "aisle";
  return "middle";
}

function describe(seat: string): string {
  const row = Number(seat.slice(0, -1));
  const letter = seat.slice(-1) as Letter;
  const extra = LEGROOM_ROWS.has(row) ? `extra legroom +€${LEGROOM_FEE}` : "included";
  return `Seat ${seat} · ${position(letter)} · ${extra}`;
}

export default function SeatPicker(): JSX.Element {
  const [seat, setSeat] = useState<string | null>(null);
  return (
    <div>
      <h2>Choose your seat – TD 482 Lisbon → Oslo</h2>
      <div className="cabin">
        {ROWS.map((row) => (
          <div className="seat-row" key={row}>
            <span className="row-number">{row}</span>
            {LETTERS.map((letter) => {
              const id = `${row}${letter}`;
              const taken = TAKEN.has(id);
              return (
                <button
                  key={id}
                  className={seat === id ? "seat chosen" : "seat"}
                  aria-label={taken ? `Seat ${id}, taken` : `Seat ${id}`}
                  aria-pressed={seat === id}
                  disabled={taken}
                  onClick={() => setSeat(id)}
                >
                  {letter}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <p data-testid="seat-summary">{seat ? describe(seat) : "No seat selected"}</p>
      <button disabled={!seat}>Continue to payment</button>
    </div>
  );
}

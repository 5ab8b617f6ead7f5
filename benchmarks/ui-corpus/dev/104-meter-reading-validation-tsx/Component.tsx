import React, { useState } from "react";

const LAST_READING = 4512;
const BIG_JUMP = 5000;

type Outcome =
  | { kind: "none" }
  | { kind: "error"; message: string }
  | { kind: "confirm" }
  | { kind: "saved"; reading: number };

export default function MeterReading(): JSX.Element {
  const [value, setValue] = useState<string>("");
  const [checked, setChecked] = useState<boolean>(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = value.trim();
    if (text === "") {
      setOutcome({ kind: "error", message: "Enter your meter reading." });
      return;
    }
    if (!/^\d+$/.test(text)) {
      setOutcome({ kind: "error", message: "Use digits only, without spaces or decimals." });
      return;
    }
    const reading = Number(text);
    if (reading < LAST_READING) {
      setOutcome({
        kind: "error",
        message: `The new reading can't be lower than your last one (${LAST_READING} kWh).`,
      });
      return;
    }
    if (reading - LAST_READING > BIG_JUMP && !checked) {
      setOutcome({ kind: "confirm" });
      return;
    }
    setOutcome({ kind: "saved", reading });
  };

  if (outcome.kind === "saved") {
    return (
      <section>
        <h1>Submit a meter reading</h1>
        <p role="status">
          Thanks! Reading {outcome.reading} kWh saved. You used {outcome.reading - LAST_READING} kWh since
          your last reading.
        </p>
      </section>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <h1>Submit a meter reading</h1>
      <p>Last reading: {LAST_READING} kWh on 3 November</p>
      <label htmlFor="reading">New reading (kWh)</label>
      <input
        id="reading"
        inputMode="numeric"
        value={value}
        aria-invalid={outcome.kind === "error"}
        onChange={(e) => setValue(e.target.value)}
      />
      {outcome.kind === "error" && <p role="alert">{outcome.message}</p>}
      {outcome.kind === "confirm" && (
        <div className="warning">
          <p>That's a big jump from your last reading. Please check the numbers on the meter.</p>
          <label>
            <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
            I've checked the reading
          </label>
        </div>
      )}
      <button type="submit">Submit reading</button>
    </form>
  );
}

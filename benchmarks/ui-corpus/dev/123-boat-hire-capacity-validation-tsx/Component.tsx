import React, { useState } from "react";

type Boat = "rowing" | "motor";

const CAPACITY: Record<Boat, number> = { rowing: 4, motor: 6 };
const BOAT_NAMES: Record<Boat, string> = { rowing: "rowing boat", motor: "motor boat" };

type Errors = { skipper?: string; people?: string };

export default function BoatHireForm() {
  const [skipper, setSkipper] = useState("");
  const [boat, setBoat] = useState<Boat>("rowing");
  const [length, setLength] = useState("1 hour");
  const [people, setPeople] = useState("");
  const [briefed, setBriefed] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [confirmation, setConfirmation] = useState<string | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Errors = {};
    const count = Number(people);
    if (skipper.trim() === "") found.skipper = "Enter the skipper's name";
    if (!Number.isInteger(count) || count < 1) {
      found.people = "Enter how many people will be on board";
    } else if (count > CAPACITY[boat]) {
      found.people = `A ${BOAT_NAMES[boat]} takes at most ${CAPACITY[boat]} people`;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setConfirmation(null);
      return;
    }
    setConfirmation(
      `Booking requested for ${skipper.trim()}: ${BOAT_NAMES[boat]}, ${length}, ${count} people`,
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <h1>Hire a boat on the lake</h1>
      <p>
        <label htmlFor="skipper">Skipper's name</label>
        <input id="skipper" value={skipper} onChange={(e) => setSkipper(e.target.value)} />
        {errors.skipper && <span className="error">{errors.skipper}</span>}
      </p>
      <fieldset>
        <legend>Boat</legend>
        {(Object.keys(CAPACITY) as Boat[]).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="boat"
              value={kind}
              checked={boat === kind}
              onChange={() => setBoat(kind)}
            />
            {kind === "rowing" ? "Rowing boat" : "Motor boat"} (up to {CAPACITY[kind]})
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor="length">Hire length</label>
        <select id="length" value={length} onChange={(e) => setLength(e.target.value)}>
          <option>1 hour</option>
          <option>2 hours</option>
          <option>Half day</option>
        </select>
      </p>
      <p>
        <label htmlFor="people">People on board</label>
        <input
          id="people"
          type="number"
          min={1}
          value={people}
          aria-describedby="people-error"
          onChange={(e) => setPeople(e.target.value)}
        />
        <span id="people-error" className="error">
          {errors.people}
        </span>
      </p>
      <label>
        <input type="checkbox" checked={briefed} onChange={(e) => setBriefed(e.target.checked)} />
        I have read the safety briefing
      </label>
      <p>
        <button type="submit" disabled={!briefed}>
          Request booking
        </button>
      </p>
      {confirmation && <p role="status">{confirmation}</p>}
    </form>
  );
}

import React, { useState } from "react";

const PIANOS = { Upright: 80, "Baby grand": 95, Grand: 110 };
const LOCATIONS = { "In town": 0, "Up to 20 miles out": 15, "20 to 40 miles out": 30 };
const PITCH_RAISE = 35;

const money = (n) => `£${n.toFixed(2)}`;

export default function PianoTuningQuote() {
  const [piano, setPiano] = useState("Upright");
  const [years, setYears] = useState("");
  const [location, setLocation] = useState("In town");
  const [quote, setQuote] = useState(null);
  const [problem, setProblem] = useState("");

  function getQuote() {
    const y = Number(years);
    if (years.trim() === "" || Number.isNaN(y) || y < 0) {
      setProblem("Tell us roughly how many years ago the piano was last tuned");
      setQuote(null);
      return;
    }
    setProblem("");
    const raise = y > 2 ? PITCH_RAISE : 0;
    const tuning = PIANOS[piano];
    const travel = LOCATIONS[location];
    setQuote({ tuning, raise, travel, total: tuning + raise + travel });
  }

  return (
    <section>
      <h1>Piano tuning quote</h1>
      <p>
        <label htmlFor="piano">Piano type</label>
        <select id="piano" value={piano} onChange={(e) => setPiano(e.target.value)}>
          {Object.keys(PIANOS).map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="years">Years since last tuning</label>
        <input id="years" type="number" min="0" value={years} onChange={(e) => setYears(e.target.value)} />
      </p>
      <p>
        <label htmlFor="location">Location</label>
        <select id="location" value={location} onChange={(e) => setLocation(e.target.value)}>
          {Object.keys(LOCATIONS).map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </p>
      <button onClick={getQuote}>Get quote</button>
      {problem && <p role="alert">{problem}</p>}
      {quote && (
        <div aria-label="Your quote">
          <p>Tuning: {money(quote.tuning)}</p>
          <p>Pitch raise: {quote.raise ? money(quote.raise) : "not needed"}</p>
          <p>Travel: {quote.travel ? money(quote.travel) : "none"}</p>
          <p>
            <strong>Quote total: {money(quote.total)}</strong>
          </p>
        </div>
      )}
    </section>
  );
}

import React, { useState } from "react";

const JOBS = [
  { id: "puncture", name: "Puncture repair", price: 12 },
  { id: "brakes", name: "Brake adjustment", price: 15 },
  { id: "gears", name: "Gear tune", price: 20 },
  { id: "chain", name: "Chain replacement", price: 25 },
];
const BIKES = ["Road", "Mountain", "Hybrid", "E-bike"];
const EBIKE_SURCHARGE = 10;
const EXPRESS = 15;

const money = (n) => `£${n.toFixed(2)}`;

export default function BikeRepairQuote() {
  const [bike, setBike] = useState("Road");
  const [jobs, setJobs] = useState([]);
  const [turnaround, setTurnaround] = useState("standard");
  const [quote, setQuote] = useState(null);
  const [error, setError] = useState("");

  function toggle(id) {
    setJobs((js) => (js.includes(id) ? js.filter((j) => j !== id) : [...js, id]));
  }

  function getQuote() {
    if (jobs.length === 0) {
      setError("Pick at least one job");
      setQuote(null);
      return;
    }
    setError("");
    const labour = JOBS.filter((j) => jobs.includes(j.id)).reduce((s, j) => s + j.price, 0);
    const surcharge = bike === "E-bike" ? EBIKE_SURCHARGE : 0;
    const express = turnaround === "express" ? EXPRESS : 0;
    setQuote({
      total: labour + surcharge + express,
      ready: turnaround === "express" ? "Ready next working day" : "Ready in 3 working days",
    });
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); getQuote(); }}>
      <h1>Bike repair quote</h1>
      <label htmlFor="bike">Bike type</label>
      <select id="bike" value={bike} onChange={(e) => setBike(e.target.value)}>
        {BIKES.map((b) => <option key={b}>{b}</option>)}
      </select>
      <fieldset>
        <legend>Jobs</legend>
        {JOBS.map((j) => (
          <label key={j.id}>
            <input type="checkbox" checked={jobs.includes(j.id)} onChange={() => toggle(j.id)} />
            {j.name} - {money(j.price)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Turnaround</legend>
        <label>
          <input type="radio" name="turnaround" checked={turnaround === "standard"} onChange={() => setTurnaround("standard")} />
          Standard (3 working days)
        </label>
        <label>
          <input type="radio" name="turnaround" checked={turnaround === "express"} onChange={() => setTurnaround("express")} />
          Express (next day, +{money(EXPRESS)})
        </label>
      </fieldset>
      <button type="submit">Get quote</button>
      {error && <p role="alert">{error}</p>}
      {quote && (
        <div role="region" aria-label="Quote">
          <p data-testid="quote-total">Total: {money(quote.total)}</p>
          <p data-testid="ready">{quote.ready}</p>
        </div>
      )}
    </form>
  );
}

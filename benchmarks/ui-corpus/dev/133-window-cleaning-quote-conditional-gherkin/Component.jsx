import React, { useState } from "react";

const HIGHEST_FLAT_FLOOR = 4;

function quote({ type, storeys, conservatory }) {
  if (type === "flat") return 12;
  return 18 + 6 * (Number(storeys) - 1) + (conservatory ? 15 : 0);
}

export default function WindowCleaningQuote() {
  const [type, setType] = useState("");
  const [storeys, setStoreys] = useState("1");
  const [conservatory, setConservatory] = useState(false);
  const [floor, setFloor] = useState("");
  const [price, setPrice] = useState(null);

  const tooHigh = type === "flat" && Number(floor) > HIGHEST_FLAT_FLOOR;
  const canQuote = type !== "" && !tooHigh;

  function choose(next) {
    setType(next);
    setPrice(null);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setPrice(quote({ type, storeys, conservatory }));
      }}
    >
      <h1>Window cleaning quote</h1>
      <fieldset>
        <legend>Property type</legend>
        <label>
          <input type="radio" name="type" checked={type === "house"} onChange={() => choose("house")} />
          House
        </label>
        <label>
          <input type="radio" name="type" checked={type === "flat"} onChange={() => choose("flat")} />
          Flat
        </label>
      </fieldset>

      {type === "house" && (
        <div>
          <label htmlFor="storeys">Storeys</label>
          <select id="storeys" value={storeys} onChange={(e) => setStoreys(e.target.value)}>
            <option value="1">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
          <label>
            <input type="checkbox" checked={conservatory} onChange={(e) => setConservatory(e.target.checked)} />
            Conservatory roof
          </label>
        </div>
      )}

      {type === "flat" && (
        <div>
          <label htmlFor="floor">Which floor?</label>
          <input id="floor" type="number" min="0" value={floor} onChange={(e) => setFloor(e.target.value)} />
          {tooHigh && <p role="alert">Sorry, we only clean flats up to the 4th floor</p>}
        </div>
      )}

      <button type="submit" disabled={!canQuote}>
        Get quote
      </button>
      {price !== null && <p data-testid="quote">Your quote: £{price} every 4 weeks</p>}
    </form>
  );
}

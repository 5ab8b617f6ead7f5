import React, { useEffect, useState } from "react";

const FEET_PER_METRE = 3.28084;

export default function TideTimes() {
  const [data, setData] = useState(null);
  const [failed, setFailed] = useState(false);
  const [inFeet, setInFeet] = useState(false);

  useEffect(() => {
    fetch("/api/tides")
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then(setData)
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <p role="alert">Tide times are unavailable at the moment</p>;
  if (data === null) return <p>Loading tide times…</p>;

  const height = (metres) =>
    inFeet ? `${(metres * FEET_PER_METRE).toFixed(1)} ft` : `${metres.toFixed(1)} m`;

  return (
    <section>
      <h1>Tide times for {data.station}</h1>
      <label>
        <input type="checkbox" checked={inFeet} onChange={(e) => setInFeet(e.target.checked)} />
        Show heights in feet
      </label>
      <ol aria-label="Today's tides">
        {data.tides.map((tide) => (
          <li key={tide.time}>
            <strong>{tide.type}</strong> <time>{tide.time}</time> <span>{height(tide.height)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

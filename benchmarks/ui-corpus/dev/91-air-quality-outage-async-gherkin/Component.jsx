import React, { useEffect, useState } from "react";

function band(pm25) {
  if (pm25 <= 10) return "Good";
  if (pm25 <= 25) return "Moderate";
  return "Poor";
}

export default function AirQualityDashboard() {
  const [readings, setReadings] = useState(null);
  const [error, setError] = useState(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    setReadings(null);
    fetch("/api/air-quality")
      .then((res) => {
        if (!res.ok) throw new Error(`error ${res.status}`);
        return res.json();
      })
      .then((data) => !cancelled && setReadings(data.readings))
      .catch((err) => !cancelled && setError(err.message));
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  return (
    <main>
      <header>
        <h1>Air quality by district</h1>
        <button disabled={!readings || readings.length === 0}>Download CSV</button>
      </header>
      {error && (
        <div role="alert">
          <p>Air quality data is unavailable right now ({error}).</p>
          <button onClick={() => setAttempt((n) => n + 1)}>Retry</button>
        </div>
      )}
      {!error && readings === null && <p>Loading readings…</p>}
      {readings && readings.length === 0 && <p>No sensors have reported yet today.</p>}
      {readings && readings.length > 0 && (
        <table>
          <caption>PM2.5 readings, µg/m³</caption>
          <thead>
            <tr>
              <th>District</th>
              <th>PM2.5</th>
              <th>Level</th>
            </tr>
          </thead>
          <tbody>
            {readings.map((r) => (
              <tr key={r.district}>
                <td>{r.district}</td>
                <td>{r.pm25}</td>
                <td>{band(r.pm25)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

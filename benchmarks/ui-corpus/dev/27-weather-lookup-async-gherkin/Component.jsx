import React, { useState } from "react";

export default function WeatherLookup() {
  const [city, setCity] = useState("");
  const [report, setReport] = useState(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function lookUp(event) {
    event.preventDefault();
    setBusy(true);
    setError("");
    setReport(null);
    try {
      const response = await fetch(`/api/weather?city=${encodeURIComponent(city)}`);
      if (response.status === 404) throw new Error(`No forecast for ${city}`);
      if (!response.ok) throw new Error("The weather service is unavailable");
      setReport(await response.json());
    } catch (exc) {
      setError(exc.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={lookUp}>
      <label>
        City
        <input value={city} onChange={(e) => setCity(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        Get forecast
      </button>
      {error && <p role="alert">{error}</p>}
      {report && (
        <p data-testid="forecast">
          {report.city}: {report.summary}, {report.high}°C
        </p>
      )}
    </form>
  );
}

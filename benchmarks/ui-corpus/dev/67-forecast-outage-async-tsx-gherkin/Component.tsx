import React, { useCallback, useEffect, useState } from "react";

interface Day {
  day: string;
  high: number;
  low: number;
  sky: string;
}

type Load<T> =
  | { state: "loading" }
  | { state: "failed"; reason: string }
  | { state: "ready"; data: T };

function useJson<T>(url: string): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: "loading" });
  const fetchIt = useCallback(() => {
    setLoad({ state: "loading" });
    fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`error ${res.status}`);
        return res.json() as Promise<T>;
      })
      .then((data) => setLoad({ state: "ready", data }))
      .catch((err: Error) => setLoad({ state: "failed", reason: err.message }));
  }, [url]);
  useEffect(fetchIt, [fetchIt]);
  return [load, fetchIt];
}

export default function ForecastWidget(): JSX.Element {
  const [forecast, retry] = useJson<Day[]>("/api/forecast");
  return (
    <section className="widget">
      <h2>5-day forecast for Bergen</h2>
      {forecast.state === "loading" && <p>Loading forecast…</p>}
      {forecast.state === "failed" && (
        <div role="alert" className="banner banner--error">
          <p>We couldn't load the forecast ({forecast.reason}).</p>
          <button onClick={retry}>Try again</button>
        </div>
      )}
      {forecast.state === "ready" && (
        <table>
          <thead>
            <tr>
              <th>Day</th>
              <th>High / low</th>
              <th>Sky</th>
            </tr>
          </thead>
          <tbody>
            {forecast.data.map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td>
                  {d.high}° / {d.low}°
                </td>
                <td>{d.sky}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

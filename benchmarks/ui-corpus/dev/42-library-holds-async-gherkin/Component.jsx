import React, { useEffect, useState } from "react";

function HoldGroup({ id, title, holds, empty, describe }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {holds.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {holds.map((hold) => (
            <li key={hold.id}>
              <cite>{hold.title}</cite> by {hold.author} <small>{describe(hold)}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function LibraryHolds() {
  const [holds, setHolds] = useState(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/holds")
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((data) => !cancelled && setHolds(data))
      .catch(() => !cancelled && setError(true));
    return () => {
      cancelled = true;
    };
  }, []);

  if (error) return <p role="alert">Your holds could not be loaded.</p>;
  if (!holds) return <p>Checking your holds…</p>;

  return (
    <main>
      <h2>My holds</h2>
      <HoldGroup
        id="ready"
        title="Ready for pickup"
        holds={holds.filter((h) => h.status === "ready")}
        empty="Nothing is ready for pickup yet"
        describe={(h) => `Pick up by ${h.pickupBy}`}
      />
      <HoldGroup
        id="waiting"
        title="Waiting"
        holds={holds.filter((h) => h.status === "waiting")}
        empty="You are not waiting for any books"
        describe={(h) => `You are number ${h.position} in line`}
      />
    </main>
  );
}

import React, { useEffect, useState } from "react";

export default function LanguageMeetups() {
  const [meetups, setMeetups] = useState([]);
  const [state, setState] = useState("loading");
  const [language, setLanguage] = useState("All");
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState("loading");
    fetch("/api/meetups")
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then((data) => {
        if (!live) return;
        setMeetups(data);
        setState("ready");
      })
      .catch(() => live && setState("error"));
    return () => {
      live = false;
    };
  }, [attempt]);

  const languages = ["All", ...new Set(meetups.map((m) => m.language))];
  const shown = meetups.filter((m) => language === "All" || m.language === language);

  return (
    <main>
      <h1>Language exchange meetups</h1>
      <label htmlFor="lang">Language</label>
      <select id="lang" value={language} disabled={state !== "ready"} onChange={(e) => setLanguage(e.target.value)}>
        {languages.map((l) => (
          <option key={l}>{l}</option>
        ))}
      </select>
      {state === "loading" && <p>Loading meetups…</p>}
      {state === "error" && (
        <div role="alert">
          <p>Sorry, we couldn't load this week's meetups.</p>
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            Try again
          </button>
        </div>
      )}
      {state === "ready" && (
        <>
          <p data-testid="count">{shown.length} meetups this week</p>
          {shown.length === 0 ? (
            <p>No meetups this week - why not start one?</p>
          ) : (
            <ul>
              {shown.map((m) => (
                <li key={m.id}>
                  <article>
                    <h2>{m.title}</h2>
                    <p>
                      {m.language} · {m.venue} · {m.when}
                    </p>
                  </article>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}

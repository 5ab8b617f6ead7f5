import React, { useCallback, useEffect, useState } from "react";

const DEFAULTS = { email: false, sms: false, interval: "6" };

export default function RecallReminders() {
  const [settings, setSettings] = useState(DEFAULTS);
  const [state, setState] = useState("loading"); // loading | ready | failed
  const [saved, setSaved] = useState(false);

  const load = useCallback(() => {
    setState("loading");
    fetch("/api/recall/settings")
      .then((r) => {
        if (!r.ok) throw new Error(`status ${r.status}`);
        return r.json();
      })
      .then((data) => {
        setSettings(data);
        setState("ready");
      })
      .catch(() => setState("failed"));
  }, []);

  useEffect(load, [load]);

  const locked = state !== "ready";

  return (
    <main>
      <h1>Recall reminders</h1>
      <p>We'll remind you when your next check-up with Dr Okafor is due.</p>
      {state === "loading" && <p>Loading your settings…</p>}
      {state === "failed" && (
        <div role="alert">
          <p>Sorry, we couldn't load your reminder settings. Please try again in a few minutes.</p>
          <button type="button" onClick={load}>Try again</button>
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(true);
        }}
      >
        <fieldset disabled={locked}>
          <legend>Remind me by</legend>
          <label>
            <input type="checkbox" checked={settings.email} onChange={(e) => setSettings({ ...settings, email: e.target.checked })} />
            Email
          </label>
          <label>
            <input type="checkbox" checked={settings.sms} onChange={(e) => setSettings({ ...settings, sms: e.target.checked })} />
            Text message
          </label>
          <label htmlFor="interval">Recall every</label>
          <select id="interval" value={settings.interval} onChange={(e) => setSettings({ ...settings, interval: e.target.value })}>
            <option value="3">3 months</option>
            <option value="6">6 months</option>
            <option value="12">12 months</option>
          </select>
        </fieldset>
        <button type="submit" disabled={locked}>Save changes</button>
      </form>
      {saved && <p role="status">Settings saved</p>}
    </main>
  );
}

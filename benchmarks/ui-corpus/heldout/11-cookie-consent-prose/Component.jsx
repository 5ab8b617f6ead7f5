import React, { useState } from "react";

export default function CookieConsent() {
  const [choice, setChoice] = useState(null);
  const [customizing, setCustomizing] = useState(false);
  const [analytics, setAnalytics] = useState(false);

  if (choice) return <p role="status">{choice}</p>;
  return (
    <div role="dialog" aria-label="Cookie preferences">
      <p>We use cookies to keep you signed in and, with your consent, to measure traffic.</p>
      <button onClick={() => setChoice("All cookies accepted")}>Accept all</button>
      <button onClick={() => setCustomizing(true)}>Customize</button>
      {customizing && (
        <div>
          <label>
            <input type="checkbox" checked disabled readOnly />
            Necessary cookies
          </label>
          <label>
            <input type="checkbox" checked={analytics} onChange={(e) => setAnalytics(e.target.checked)} />
            Analytics cookies
          </label>
          <button onClick={() => setChoice(analytics ? "Saved: necessary and analytics cookies" : "Saved: necessary cookies only")}>
            Save my choices
          </button>
        </div>
      )}
    </div>
  );
}

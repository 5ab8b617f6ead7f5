import React, { useState } from "react";

type TabId = "profile" | "security" | "billing";

const LABELS: Record<TabId, string> = { profile: "Profile", security: "Security", billing: "Billing" };

export default function AccountTabs(): JSX.Element {
  const [tab, setTab] = useState<TabId>("profile");
  const [twoFactor, setTwoFactor] = useState<boolean>(false);
  return (
    <div>
      <div role="tablist" aria-label="Account">
        {(Object.keys(LABELS) as TabId[]).map((id) => (
          <button key={id} role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {LABELS[id]}
          </button>
        ))}
      </div>
      {tab === "profile" && <h3>Public profile</h3>}
      {tab === "security" && (
        <section>
          <h3>Sign-in security</h3>
          <label>
            <input type="checkbox" checked={twoFactor} onChange={(e) => setTwoFactor(e.target.checked)} />
            Require a code from my phone
          </label>
          <p>{twoFactor ? "Two-step verification is on" : "Two-step verification is off"}</p>
        </section>
      )}
      {tab === "billing" && <h3>Invoices and payment</h3>}
    </div>
  );
}

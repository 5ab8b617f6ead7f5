import React, { useState } from "react";

type TabId = "features" | "pricing" | "faq";
type Billing = "monthly" | "yearly";

const TABS: { id: TabId; label: string }[] = [
  { id: "features", label: "Features" },
  { id: "pricing", label: "Pricing" },
  { id: "faq", label: "FAQ" },
];

function useTabs(initial: TabId): [TabId, (id: TabId) => void] {
  const [active, setActive] = useState<TabId>(initial);
  return [active, setActive];
}

function PricingPanel({ billing, onToggle }: { billing: Billing; onToggle: () => void }): JSX.Element {
  const yearly = billing === "yearly";
  return (
    <div>
      <button role="switch" aria-checked={yearly} onClick={onToggle}>
        Billed yearly
      </button>
      <p data-testid="price">{yearly ? "€120 per user / year" : "€12 per user / month"}</p>
      {yearly && <p>2 months free</p>}
    </div>
  );
}

export default function PlanDetails(): JSX.Element {
  const [active, setActive] = useTabs("features");
  const [billing, setBilling] = useState<Billing>("monthly");

  return (
    <article>
      <h1>Team plan</h1>
      <div role="tablist" aria-label="Plan details">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {active === "features" && (
          <ul>
            <li>Unlimited projects</li>
            <li>Shared calendars</li>
            <li>Priority support</li>
          </ul>
        )}
        {active === "pricing" && (
          <PricingPanel
            billing={billing}
            onToggle={() => setBilling(billing === "yearly" ? "monthly" : "yearly")}
          />
        )}
        {active === "faq" && <p>You can cancel at any time from the billing settings.</p>}
      </div>
    </article>
  );
}

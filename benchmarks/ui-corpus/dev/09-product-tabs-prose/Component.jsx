import React, { useState } from "react";

const TABS = [
  { id: "overview", label: "Overview", body: "A lightweight rain jacket that packs into its own pocket." },
  { id: "sizing", label: "Sizing", body: "Runs small: order one size up if you wear layers." },
  { id: "care", label: "Care", body: "Machine wash cold, do not tumble dry." },
];

export default function ProductTabs() {
  const [active, setActive] = useState("overview");
  const current = TABS.find((t) => t.id === active);
  return (
    <div>
      <h2>Packable rain jacket</h2>
      <div role="tablist" aria-label="Product details">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls="product-panel"
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="product-panel" aria-labelledby={`tab-${active}`}>
        <p>{current.body}</p>
      </div>
    </div>
  );
}

import React, { useState, KeyboardEvent } from "react";

type TabKey = "light" | "watering" | "repotting";

const TABS: { key: TabKey; title: string }[] = [
  { key: "light", title: "Light" },
  { key: "watering", title: "Watering" },
  { key: "repotting", title: "Repotting" },
];

const CARE: Record<TabKey, string[]> = {
  light: ["Bright, indirect light.", "Keep it out of direct afternoon sun."],
  watering: ["Water when the top 5 cm of soil feels dry.", "Less often in winter."],
  repotting: ["Every two years, in spring.", "Choose a pot 5 cm wider."],
};

export default function PlantCareCard(): JSX.Element {
  const [active, setActive] = useState<TabKey>("light");

  function onKey(e: KeyboardEvent<HTMLDivElement>) {
    const at = TABS.findIndex((t) => t.key === active);
    if (e.key === "ArrowRight") setActive(TABS[(at + 1) % TABS.length].key);
    if (e.key === "ArrowLeft") setActive(TABS[(at + TABS.length - 1) % TABS.length].key);
  }

  return (
    <article className="plant-card">
      <h1>Monstera deliciosa</h1>
      <div role="tablist" aria-label="Care guide" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.key}
            role="tab"
            id={`tab-${t.key}`}
            aria-selected={active === t.key}
            aria-controls={`panel-${t.key}`}
            tabIndex={active === t.key ? 0 : -1}
            onClick={() => setActive(t.key)}
          >
            {t.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {CARE[active].map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </article>
  );
}

import React, { useRef, useState } from "react";

type TabId = "tonight" | "planets" | "moon";

const TABS: { id: TabId; label: string }[] = [
  { id: "tonight", label: "Tonight" },
  { id: "planets", label: "Planets" },
  { id: "moon", label: "Moon" },
];
const PLANETS = ["Venus", "Mars", "Jupiter", "Saturn"];

export default function SkyGuide() {
  const [active, setActive] = useState<TabId>("tonight");
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  function onTabKeyDown(event: React.KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const step = event.key === "ArrowRight" ? 1 : -1;
    const next = TABS[(index + step + TABS.length) % TABS.length].id;
    setActive(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <section>
      <h1>Sky guide for Kielder</h1>
      <div role="tablist" aria-label="Sky guide">
        {TABS.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            aria-selected={active === tab.id}
            tabIndex={active === tab.id ? 0 : -1}
            ref={(element) => {
              tabRefs.current[tab.id] = element;
            }}
            onClick={() => setActive(tab.id)}
            onKeyDown={(event) => onTabKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {active === "tonight" && (
        <div role="tabpanel" id="panel-tonight" aria-labelledby="tab-tonight">
          <p>Sunset at 16:02, astronomical darkness from 18:05.</p>
          <p>Cloud cover: 10%</p>
        </div>
      )}
      {active === "planets" && (
        <div role="tabpanel" id="panel-planets" aria-labelledby="tab-planets">
          <p>{PLANETS.length} planets visible tonight</p>
          <ul aria-label="Visible planets">
            {PLANETS.map((planet) => (
              <li key={planet}>{planet}</li>
            ))}
          </ul>
        </div>
      )}
      {active === "moon" && (
        <div role="tabpanel" id="panel-moon" aria-labelledby="tab-moon">
          <p>Waxing gibbous, 87% illuminated</p>
          <p>Moonrise 13:48</p>
        </div>
      )}
    </section>
  );
}

import React, { KeyboardEvent, ReactNode, useState } from "react";

type TabId = "description" | "specs" | "reviews";

interface Review {
  author: string;
  stars: number;
  text: string;
}

const REVIEWS: Review[] = [
  { author: "Ola", stars: 5, text: "Grippy on wet limestone." },
  { author: "Dev", stars: 4, text: "Runs half a size small." },
];

const TABS: { id: TabId; title: string }[] = [
  { id: "description", title: "Description" },
  { id: "specs", title: "Specifications" },
  { id: "reviews", title: `Reviews (${REVIEWS.length})` },
];

function useTabs<T extends string>(ids: T[], first: T) {
  const [active, setActive] = useState<T>(first);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = ids.indexOf(active);
    if (e.key === "ArrowRight") setActive(ids[(at + 1) % ids.length]);
    if (e.key === "ArrowLeft") setActive(ids[(at + ids.length - 1) % ids.length]);
  };
  return { active, setActive, onKeyDown };
}

function panelContent(id: TabId): ReactNode {
  if (id === "description") return <p>A lightweight shoe for rocky paths and wet grass.</p>;
  if (id === "specs")
    return (
      <dl>
        <dt>Weight</dt>
        <dd>290 g</dd>
        <dt>Heel-to-toe drop</dt>
        <dd>6 mm</dd>
      </dl>
    );
  return (
    <>
      <ul aria-label="Customer reviews">
        {REVIEWS.map((r) => (
          <li key={r.author}>
            {"★".repeat(r.stars)} {r.text} – {r.author}
          </li>
        ))}
      </ul>
      <button>Write a review</button>
    </>
  );
}

export default function TrailShoeDetails(): JSX.Element {
  const { active, setActive, onKeyDown } = useTabs<TabId>(
    TABS.map((t) => t.id),
    "description"
  );
  return (
    <section>
      <h1>Ridgeback Trail Shoe</h1>
      <div role="tablist" aria-label="Product information">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={active === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={active === t.id ? 0 : -1}
            onClick={() => setActive(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.title}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={active !== t.id}>
          {panelContent(t.id)}
        </div>
      ))}
    </section>
  );
}

import React, { useState } from "react";

type TabId = "overview" | "syllabus" | "reviews";

interface Review {
  author: string;
  stars: 1 | 2 | 3 | 4 | 5;
  text: string;
}

const LESSONS = [
  "Gear for the dark: tripods, remotes, headlamps",
  "Manual exposure at night",
  "Focusing on stars",
  "Light painting",
  "Blue hour cityscapes",
  "Editing night skies",
];

const REVIEWS: Review[] = [
  { author: "Jonas", stars: 5, text: "My first sharp Milky Way photo after lesson 3." },
  { author: "Marta", stars: 3, text: "Good content, but the editing lesson is short." },
  { author: "Priya", stars: 5, text: "Clear explanations of exposure." },
  { author: "Tom", stars: 4, text: "Light painting was great fun." },
  { author: "Aiko", stars: 5, text: "Worth it for the focusing tricks alone." },
];

export default function NightPhotographyCourse(): JSX.Element {
  const [tab, setTab] = useState<TabId>("overview");
  const [fiveOnly, setFiveOnly] = useState(false);

  const tabs: { id: TabId; label: string }[] = [
    { id: "overview", label: "Overview" },
    { id: "syllabus", label: "Syllabus" },
    { id: "reviews", label: `Reviews (${REVIEWS.length})` },
  ];
  const reviews = fiveOnly ? REVIEWS.filter((r) => r.stars === 5) : REVIEWS;

  return (
    <section>
      <h1>Night photography for beginners</h1>
      <div role="tablist" aria-label="Course information">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-controls={`panel-${t.id}`}
            aria-selected={tab === t.id}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div role="tabpanel" id="panel-overview" aria-labelledby="tab-overview" hidden={tab !== "overview"}>
        <p>Six evening lessons, about 40 minutes each. Bring a sturdy tripod and any camera with manual mode.</p>
      </div>

      <div role="tabpanel" id="panel-syllabus" aria-labelledby="tab-syllabus" hidden={tab !== "syllabus"}>
        <ol>
          {LESSONS.map((lesson) => (
            <li key={lesson}>{lesson}</li>
          ))}
        </ol>
      </div>

      <div role="tabpanel" id="panel-reviews" aria-labelledby="tab-reviews" hidden={tab !== "reviews"}>
        <label>
          <input type="checkbox" checked={fiveOnly} onChange={(e) => setFiveOnly(e.target.checked)} />
          Only 5-star reviews
        </label>
        <p>
          Showing {reviews.length} of {REVIEWS.length} reviews
        </p>
        {reviews.map((r) => (
          <article key={r.author}>
            <h3>
              {r.author} – {r.stars} of 5 stars
            </h3>
            <p>{r.text}</p>
          </article>
        ))}
      </div>
    </section>
  );
}

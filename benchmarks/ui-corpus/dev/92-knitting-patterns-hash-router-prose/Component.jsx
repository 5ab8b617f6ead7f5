import React, { useEffect, useState } from "react";

const PATTERNS = [
  { slug: "harbour-cardigan", name: "Harbour cardigan", level: "Intermediate", needles: "4.5 mm", yarn: "Aran wool, 9 skeins" },
  { slug: "fern-mittens", name: "Fern mittens", level: "Beginner", needles: "3.5 mm", yarn: "DK merino, 2 skeins" },
  { slug: "lighthouse-socks", name: "Lighthouse socks", level: "Advanced", needles: "2.5 mm", yarn: "4-ply sock yarn, 1 skein" },
  { slug: "moss-stitch-cowl", name: "Moss stitch cowl", level: "Beginner", needles: "6 mm", yarn: "Chunky alpaca, 3 skeins" },
];

function currentRoute() {
  return window.location.hash.replace(/^#/, "") || "/";
}

function useRoute() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}

function PatternLinks({ patterns }) {
  return (
    <ul>
      {patterns.map((p) => (
        <li key={p.slug}>
          <a href={`#/patterns/${p.slug}`}>{p.name}</a> <small>{p.level}</small>
        </li>
      ))}
    </ul>
  );
}

function PatternPage({ pattern, saved, onToggle }) {
  if (!pattern) return <h1>Page not found</h1>;
  return (
    <article>
      <h1>{pattern.name}</h1>
      <dl>
        <dt>Level</dt>
        <dd>{pattern.level}</dd>
        <dt>Needles</dt>
        <dd>{pattern.needles}</dd>
        <dt>Yarn</dt>
        <dd>{pattern.yarn}</dd>
      </dl>
      <button aria-pressed={saved} onClick={onToggle}>
        {saved ? "Saved" : "Save pattern"}
      </button>
    </article>
  );
}

export default function KnittingPatterns() {
  const route = useRoute();
  const [saved, setSaved] = useState([]);
  const toggle = (slug) =>
    setSaved((list) => (list.includes(slug) ? list.filter((s) => s !== slug) : [...list, slug]));

  const detail = route.match(/^\/patterns\/([a-z0-9-]+)$/);
  let content;
  if (route === "/") {
    content = (
      <>
        <h1>All patterns</h1>
        <PatternLinks patterns={PATTERNS} />
      </>
    );
  } else if (route === "/saved") {
    const mine = PATTERNS.filter((p) => saved.includes(p.slug));
    content = (
      <>
        <h1>Saved patterns</h1>
        {mine.length ? <PatternLinks patterns={mine} /> : <p>You haven't saved any patterns yet.</p>}
      </>
    );
  } else if (detail) {
    const pattern = PATTERNS.find((p) => p.slug === detail[1]);
    content = (
      <PatternPage pattern={pattern} saved={saved.includes(detail[1])} onToggle={() => toggle(detail[1])} />
    );
  } else {
    content = <h1>Page not found</h1>;
  }

  return (
    <div>
      <nav>
        <a href="#/">Patterns</a> | <a href="#/saved">Saved ({saved.length})</a>
      </nav>
      <main>{content}</main>
    </div>
  );
}

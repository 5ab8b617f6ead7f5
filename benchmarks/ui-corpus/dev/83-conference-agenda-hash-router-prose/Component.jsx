import React, { useEffect, useState } from "react";

const TALKS = [
  { slug: "rust-at-scale", title: "Rust at scale", speaker: "Oren Katz", room: "Hall A", time: "10:00" },
  { slug: "accessible-forms", title: "Accessible forms in practice", speaker: "Lena Fischer", room: "Hall B", time: "11:30" },
  { slug: "css-layers", title: "Cascade layers without tears", speaker: "Ade Bello", room: "Room 3", time: "14:00" },
];

function useHashPath() {
  const read = () => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

function TalkList({ talks }) {
  return (
    <ul>
      {talks.map((t) => (
        <li key={t.slug}>
          {t.time} <a href={`#/talks/${t.slug}`}>{t.title}</a>
        </li>
      ))}
    </ul>
  );
}

function TalkPage({ talk, saved, onToggle }) {
  if (!talk) return <h1>Talk not found</h1>;
  return (
    <article>
      <a href="#/">← Back to schedule</a>
      <h1>{talk.title}</h1>
      <p>
        {talk.speaker} · {talk.room} · {talk.time}
      </p>
      <button aria-pressed={saved} onClick={onToggle}>
        {saved ? "In my agenda" : "Add to my agenda"}
      </button>
    </article>
  );
}

export default function ConferenceApp() {
  const path = useHashPath();
  const [agenda, setAgenda] = useState([]);
  const toggle = (slug) => setAgenda((a) => (a.includes(slug) ? a.filter((s) => s !== slug) : [...a, slug]));
  const talkMatch = path.match(/^\/talks\/([\w-]+)$/);

  let page;
  if (path === "/") {
    page = (
      <section>
        <h1>Schedule</h1>
        <TalkList talks={TALKS} />
      </section>
    );
  } else if (path === "/agenda") {
    const mine = TALKS.filter((t) => agenda.includes(t.slug));
    page = (
      <section>
        <h1>My agenda</h1>
        {mine.length ? <TalkList talks={mine} /> : <p>Nothing saved yet.</p>}
      </section>
    );
  } else if (talkMatch) {
    const slug = talkMatch[1];
    page = <TalkPage talk={TALKS.find((t) => t.slug === slug)} saved={agenda.includes(slug)} onToggle={() => toggle(slug)} />;
  } else {
    page = <h1>Page not found</h1>;
  }

  return (
    <div>
      <nav>
        <a href="#/">Schedule</a> · <a href="#/agenda">My agenda ({agenda.length})</a>
      </nav>
      {page}
    </div>
  );
}

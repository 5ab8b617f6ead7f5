import React, { useState } from "react";

const BOOKS = [
  { title: "The Dispossessed", status: "read" },
  { title: "Piranesi", status: "reading" },
  { title: "Middlemarch", status: "want" },
  { title: "Kindred", status: "read" },
];
const VIEWS = [
  ["all", "All books"],
  ["read", "Finished"],
  ["reading", "In progress"],
  ["want", "Wishlist"],
];

export default function ReadingList() {
  const [view, setView] = useState("all");
  const books = BOOKS.filter((b) => view === "all" || b.status === view);
  return (
    <section>
      <h2>My reading list</h2>
      <nav aria-label="Shelves">
        {VIEWS.map(([key, label]) => (
          <button key={key} aria-pressed={view === key} onClick={() => setView(key)}>
            {label}
          </button>
        ))}
      </nav>
      <ul>
        {books.map((b) => (
          <li key={b.title} data-testid="book">
            {b.title}
          </li>
        ))}
      </ul>
      <p data-testid="shelf-count">{books.length} books on this shelf</p>
    </section>
  );
}

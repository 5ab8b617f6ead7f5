import React, { useState } from "react";

type Filter = "all" | "unread" | "done";

interface Book {
  title: string;
  finished: boolean;
}

const BOOKS: Book[] = [
  { title: "The Left Hand of Darkness", finished: true },
  { title: "Piranesi", finished: false },
  { title: "A Psalm for the Wild-Built", finished: false },
];

const FILTERS: [Filter, string][] = [
  ["all", "Everything"],
  ["unread", "Still to read"],
  ["done", "Finished"],
];

function keep(book: Book, filter: Filter): boolean {
  if (filter === "unread") return !book.finished;
  if (filter === "done") return book.finished;
  return true;
}

export default function ReadingList(): JSX.Element {
  const [filter, setFilter] = useState<Filter>("all");
  const shown = BOOKS.filter((book) => keep(book, filter));
  return (
    <section>
      <h2>My reading list</h2>
      <div role="group" aria-label="Filter books">
        {FILTERS.map(([key, caption]) => (
          <button key={key} aria-pressed={filter === key} onClick={() => setFilter(key)}>
            {caption}
          </button>
        ))}
      </div>
      <ul>
        {shown.map((book) => (
          <li key={book.title}>{book.title}</li>
        ))}
      </ul>
    </section>
  );
}

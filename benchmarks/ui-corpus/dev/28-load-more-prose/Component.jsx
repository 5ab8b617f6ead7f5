import React, { useState } from "react";

const ARTICLES = Array.from({ length: 7 }, (_, i) => `Field note ${i + 1}`);
const PAGE_SIZE = 3;

export default function ArticleFeed() {
  const [visible, setVisible] = useState(PAGE_SIZE);
  const shown = ARTICLES.slice(0, visible);
  return (
    <section>
      <h2>Field notes</h2>
      <ul>
        {shown.map((title) => (
          <li key={title} data-testid="article">
            {title}
          </li>
        ))}
      </ul>
      <p data-testid="feed-status">
        Showing {shown.length} of {ARTICLES.length}
      </p>
      {visible < ARTICLES.length ? (
        <button onClick={() => setVisible(visible + PAGE_SIZE)}>Load more</button>
      ) : (
        <p>You have reached the end</p>
      )}
    </section>
  );
}

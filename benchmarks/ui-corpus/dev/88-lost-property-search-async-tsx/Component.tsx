import React, { useEffect, useState } from "react";

interface FoundItem {
  id: number;
  description: string;
  foundAt: string;
  date: string;
}

const PLACES = ["Central Station", "Harbour Ferry", "Tram 4"];

function matches(item: FoundItem, query: string, place: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = item.description.toLowerCase();
  return words.every((w) => text.includes(w)) && (place === "" || item.foundAt === place);
}

export default function LostProperty(): JSX.Element {
  const [items, setItems] = useState<FoundItem[] | null>(null);
  const [query, setQuery] = useState("");
  const [place, setPlace] = useState("");

  useEffect(() => {
    fetch("/api/lost-items")
      .then((res) => res.json())
      .then((data: FoundItem[]) => setItems(data));
  }, []);

  if (items === null) return <p>Loading found items…</p>;

  const shown = items.filter((item) => matches(item, query, place));

  return (
    <section>
      <h1>Lost property office</h1>
      <div role="search">
        <label htmlFor="lp-query">Search items</label>
        <input id="lp-query" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor="lp-place">Found at</label>
        <select id="lp-place" value={place} onChange={(e) => setPlace(e.target.value)}>
          <option value="">Anywhere</option>
          {PLACES.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </div>
      <p aria-live="polite">
        {shown.length} {shown.length === 1 ? "item matches" : "items match"}
      </p>
      {shown.length === 0 ? (
        <p>No items match your search.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Item</th>
              <th>Found at</th>
              <th>Date</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.id} data-testid="item-row">
                <td>{item.description}</td>
                <td>{item.foundAt}</td>
                <td>{item.date}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import React, { useEffect, useState } from "react";

type Item = { id: string; name: string; left: number; useBy: string };

const START: Item[] = [
  { id: "sourdough", name: "Sourdough loaf", left: 3, useBy: "Tue 4 June" },
  { id: "milk", name: "Semi-skimmed milk (1 pint)", left: 1, useBy: "Wed 5 June" },
  { id: "carrots", name: "Carrots (1 kg bag)", left: 5, useBy: "Sat 8 June" },
  { id: "hummus", name: "Hummus", left: 2, useBy: "Thu 6 June" },
];
const PER_VISIT = 2;

function useHashPath(): string {
  const read = (): string => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState<string>(read);
  useEffect(() => {
    const onChange = (): void => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

function ItemPage({ item, inBag, onAdd }: { item: Item; inBag: number; onAdd: (n: number) => void }): JSX.Element {
  const allowed = Math.min(PER_VISIT - inBag, item.left);
  const [count, setCount] = useState<number>(allowed > 0 ? 1 : 0);
  return (
    <section>
      <a href="#/">‹ Back to the fridge</a>
      <h1>{item.name}</h1>
      <p>
        {item.left} left · use by {item.useBy}
      </p>
      <p>You can take up to {PER_VISIT} of each item per visit.</p>
      {inBag > 0 && <p>You already have {inBag} in your bag.</p>}
      {allowed <= 0 ? (
        <p role="alert">You've reached the limit for this item today.</p>
      ) : (
        <div>
          <button type="button" aria-label="Take one fewer" disabled={count <= 1} onClick={() => setCount(count - 1)}>
            −
          </button>
          <span data-testid="take-count" aria-live="polite">
            {count}
          </span>
          <button type="button" aria-label="Take one more" disabled={count >= allowed} onClick={() => setCount(count + 1)}>
            +
          </button>
        </div>
      )}
      <button type="button" disabled={allowed <= 0} onClick={() => onAdd(count)}>
        Add to my bag
      </button>
    </section>
  );
}

export default function CommunityFridge(): JSX.Element {
  const path = useHashPath();
  const [items, setItems] = useState<Item[]>(START);
  const [bag, setBag] = useState<Record<string, number>>({});

  const match = path.match(/^\/item\/([a-z-]+)$/);
  const item = match ? items.find((i) => i.id === match[1]) : undefined;
  const bagTotal = Object.values(bag).reduce((a, b) => a + b, 0);

  function add(target: Item, n: number): void {
    setItems(items.map((i) => (i.id === target.id ? { ...i, left: i.left - n } : i)));
    setBag({ ...bag, [target.id]: (bag[target.id] ?? 0) + n });
    window.location.hash = "#/";
  }

  return (
    <main>
      <p data-testid="bag-summary">{bagTotal === 0 ? "Your bag is empty" : `In your bag: ${bagTotal} ${bagTotal === 1 ? "item" : "items"}`}</p>
      {item ? (
        <ItemPage key={item.id} item={item} inBag={bag[item.id] ?? 0} onAdd={(n) => add(item, n)} />
      ) : match ? (
        <p>That item has gone.</p>
      ) : (
        <section>
          <h1>Elm Street community fridge</h1>
          <ul aria-label="In the fridge today">
            {items.map((i) => (
              <li key={i.id}>
                <a href={`#/item/${i.id}`}>{i.name}</a> – {i.left > 0 ? `${i.left} left` : "All gone"}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

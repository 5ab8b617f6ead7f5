import React, { useEffect, useMemo, useState } from "react";

const LIGHTS = ["Any", "Full sun", "Partial shade", "Shade"];
const SORTS = {
  name: { label: "Name (A-Z)", fn: (a, b) => a.name.localeCompare(b.name) },
  priceAsc: { label: "Price: low to high", fn: (a, b) => a.price - b.price },
  priceDesc: { label: "Price: high to low", fn: (a, b) => b.price - a.price },
};

function stockLabel(stock) {
  if (stock === 0) return "Out of stock";
  if (stock <= 3) return `Only ${stock} left`;
  return "In stock";
}

export default function PlantFinder() {
  const [plants, setPlants] = useState(null);
  const [light, setLight] = useState("Any");
  const [inStockOnly, setInStockOnly] = useState(false);
  const [sort, setSort] = useState("name");

  useEffect(() => {
    fetch("/api/plants")
      .then((r) => r.json())
      .then(setPlants);
  }, []);

  const shown = useMemo(() => {
    if (!plants) return [];
    return plants
      .filter((p) => light === "Any" || p.light === light)
      .filter((p) => !inStockOnly || p.stock > 0)
      .sort(SORTS[sort].fn);
  }, [plants, light, inStockOnly, sort]);

  if (!plants) return <p>Loading plants…</p>;

  return (
    <main>
      <h1>Plant finder</h1>
      <div>
        <label htmlFor="light">Light</label>
        <select id="light" value={light} onChange={(e) => setLight(e.target.value)}>
          {LIGHTS.map((l) => <option key={l}>{l}</option>)}
        </select>
        <label>
          <input type="checkbox" checked={inStockOnly} onChange={(e) => setInStockOnly(e.target.checked)} />
          In stock only
        </label>
        <label htmlFor="sort">Sort by</label>
        <select id="sort" value={sort} onChange={(e) => setSort(e.target.value)}>
          {Object.entries(SORTS).map(([k, s]) => <option key={k} value={k}>{s.label}</option>)}
        </select>
      </div>
      <p role="status">{shown.length} {shown.length === 1 ? "plant" : "plants"} found</p>
      <ul aria-label="Plants">
        {shown.map((p) => (
          <li key={p.id}>
            <article>
              <h2>{p.name}</h2>
              <p>{p.light} · £{p.price.toFixed(2)}</p>
              <p>{stockLabel(p.stock)}</p>
            </article>
          </li>
        ))}
      </ul>
    </main>
  );
}

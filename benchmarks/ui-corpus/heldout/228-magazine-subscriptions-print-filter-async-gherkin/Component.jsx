import React, { useEffect, useMemo, useState } from "react";

const CATEGORIES = ["All", "Hobbies", "Science", "Food", "News"];
const money = (n) => `£${n.toFixed(2)}`;

export default function MagazineShop() {
  const [magazines, setMagazines] = useState([]);
  const [state, setState] = useState("loading");
  const [category, setCategory] = useState("All");
  const [printOnly, setPrintOnly] = useState(false);
  const [basket, setBasket] = useState([]);

  useEffect(() => {
    let live = true;
    fetch("/api/magazines")
      .then((res) => {
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      })
      .then((data) => {
        if (live) {
          setMagazines(data);
          setState("ready");
        }
      })
      .catch(() => live && setState("error"));
    return () => {
      live = false;
    };
  }, []);

  const shown = useMemo(
    () =>
      magazines
        .filter((m) => category === "All" || m.category === category)
        .filter((m) => !printOnly || !m.digitalOnly),
    [magazines, category, printOnly]
  );

  const inBasket = magazines.filter((m) => basket.includes(m.id));
  const yearly = inBasket.reduce((sum, m) => sum + m.pricePerYear, 0);

  return (
    <main>
      <h1>Magazine subscriptions</h1>
      <div>
        <label htmlFor="category">Category</label>
        <select id="category" value={category} onChange={(e) => setCategory(e.target.value)}>
          {CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={printOnly} onChange={(e) => setPrintOnly(e.target.checked)} />
          Print editions only
        </label>
      </div>

      {state === "loading" && <p role="status">Loading magazines…</p>}
      {state === "error" && <p role="alert">Magazines couldn't be loaded. Please refresh the page.</p>}

      {state === "ready" && shown.length === 0 && <p>No magazines match your filters.</p>}
      {state === "ready" && shown.length > 0 && (
        <ul aria-label="Magazines">
          {shown.map((m) => {
            const added = basket.includes(m.id);
            return (
              <li key={m.id}>
                <h2>{m.title}</h2>
                <p>
                  {m.category} · {m.issuesPerYear} issues a year · {money(m.pricePerYear)} a year
                  {m.digitalOnly ? " · Digital only" : ""}
                </p>
                <button type="button" disabled={added} onClick={() => setBasket([...basket, m.id])} aria-label={added ? `${m.title} is in your basket` : `Subscribe to ${m.title}`}>
                  {added ? "In basket" : "Subscribe"}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <p data-testid="basket">
        {inBasket.length === 0
          ? "Your basket is empty"
          : `Basket: ${inBasket.length} ${inBasket.length === 1 ? "title" : "titles"} · ${money(yearly)} a year`}
      </p>
    </main>
  );
}

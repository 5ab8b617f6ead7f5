import React, { useEffect, useState } from "react";

type StringSet = { id: string; name: string; gauge: string; price: number; stock: number };
type Line = { id: string; qty: number };

const FREE_POSTAGE_FROM = 25;
const POSTAGE = 3.5;
const money = (n: number): string => `£${n.toFixed(2)}`;

export default function StringShop(): JSX.Element {
  const [sets, setSets] = useState<StringSet[] | null>(null);
  const [basket, setBasket] = useState<Line[]>([]);

  useEffect(() => {
    fetch("/api/strings")
      .then((r) => r.json())
      .then((data: StringSet[]) => setSets(data));
  }, []);

  if (!sets) return <p>Loading strings…</p>;

  const find = (id: string): StringSet => sets.find((s) => s.id === id) as StringSet;
  const inBasket = (id: string): number => basket.find((l) => l.id === id)?.qty ?? 0;

  function add(id: string): void {
    if (inBasket(id) > 0) return;
    setBasket([...basket, { id, qty: 1 }]);
  }
  function change(id: string, by: number): void {
    const stock = find(id).stock;
    setBasket(
      basket
        .map((l) => (l.id === id ? { ...l, qty: Math.min(stock, l.qty + by) } : l))
        .filter((l) => l.qty > 0)
    );
  }

  const goods = basket.reduce((sum, l) => sum + l.qty * find(l.id).price, 0);
  const postage = goods === 0 || goods >= FREE_POSTAGE_FROM ? 0 : POSTAGE;

  return (
    <main>
      <h1>Fretwire Strings</h1>
      <section aria-label="String sets">
        {sets.map((s) => {
          const out = s.stock === 0;
          return (
            <article key={s.id} aria-label={s.name}>
              <h2>{s.name}</h2>
              <p>
                Gauge {s.gauge} · {money(s.price)}
              </p>
              {out ? <p>Out of stock</p> : s.stock <= 3 ? <p>Only {s.stock} left</p> : null}
              <button type="button" disabled={out || inBasket(s.id) > 0} onClick={() => add(s.id)}>
                {inBasket(s.id) > 0 ? "In basket" : "Add to basket"}
              </button>
            </article>
          );
        })}
      </section>

      <aside aria-label="Basket">
        <h2>Basket</h2>
        {basket.length === 0 && <p>Your basket is empty.</p>}
        <ul>
          {basket.map((l) => {
            const s = find(l.id);
            return (
              <li key={l.id}>
                <span>{s.name}</span>{" "}
                <button type="button" aria-label={`One fewer ${s.name}`} onClick={() => change(l.id, -1)}>
                  −
                </button>
                <span data-testid="qty">{l.qty}</span>
                <button
                  type="button"
                  aria-label={`One more ${s.name}`}
                  disabled={l.qty >= s.stock}
                  onClick={() => change(l.id, 1)}
                >
                  +
                </button>
                {l.qty >= s.stock && <small> Only {s.stock} in stock</small>}
                <span> {money(l.qty * s.price)}</span>
              </li>
            );
          })}
        </ul>
        {basket.length > 0 && (
          <dl>
            <dt>Strings</dt>
            <dd data-testid="goods">{money(goods)}</dd>
            <dt>Postage</dt>
            <dd data-testid="postage">{postage === 0 ? "Free" : money(postage)}</dd>
            <dt>Total</dt>
            <dd data-testid="total">{money(goods + postage)}</dd>
          </dl>
        )}
      </aside>
    </main>
  );
}

import React, { createContext, useContext, useState } from "react";

type Step = "items" | "collection" | "review" | "done";
type Garment = { id: string; name: string; price: number };
type Order = { counts: Record<string, string>; day: string; express: boolean };

const GARMENTS: Garment[] = [
  { id: "shirt", name: "Shirt", price: 3.5 },
  { id: "trousers", name: "Trousers", price: 6 },
  { id: "suit", name: "Two-piece suit", price: 14 },
  { id: "dress", name: "Dress", price: 11 },
  { id: "duvet", name: "Duvet", price: 18 },
];
const DAYS = ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const EXPRESS_FEE = 5;
const STEP_NUMBER: Record<Step, number> = { items: 1, collection: 2, review: 3, done: 3 };

const money = (n: number): string => `£${n.toFixed(2)}`;

function qty(v: string | undefined): number {
  const n = parseInt(v ?? "", 10);
  return Number.isNaN(n) || n < 0 ? 0 : n;
}

type Ctx = { step: Step; go: (s: Step) => void; order: Order; change: (o: Partial<Order>) => void };
const OrderContext = createContext<Ctx | null>(null);

function useOrder(): Ctx {
  const c = useContext(OrderContext);
  if (!c) throw new Error("missing order context");
  return c;
}

function lines(order: Order) {
  return GARMENTS.filter((g) => qty(order.counts[g.id]) > 0).map((g) => ({
    ...g,
    count: qty(order.counts[g.id]),
    cost: qty(order.counts[g.id]) * g.price,
  }));
}

function totalOf(order: Order): number {
  const items = lines(order).reduce((s, l) => s + l.cost, 0);
  return items + (order.express ? EXPRESS_FEE : 0);
}

function ItemsStep(): JSX.Element {
  const { order, change, go } = useOrder();
  const count = lines(order).reduce((s, l) => s + l.count, 0);
  return (
    <section>
      <h2>What needs cleaning?</h2>
      {GARMENTS.map((g) => (
        <div key={g.id}>
          <label htmlFor={`qty-${g.id}`}>
            {g.name} ({money(g.price)})
          </label>
          <input
            id={`qty-${g.id}`}
            type="number"
            min={0}
            value={order.counts[g.id] ?? "0"}
            onChange={(e) => change({ counts: { ...order.counts, [g.id]: e.target.value } })}
          />
        </div>
      ))}
      <p data-testid="item-count">{count} items</p>
      <button type="button" disabled={count === 0} onClick={() => go("collection")}>
        Next
      </button>
    </section>
  );
}

function CollectionStep(): JSX.Element {
  const { order, change, go } = useOrder();
  return (
    <section>
      <h2>Collection</h2>
      <label htmlFor="day">Collection day</label>
      <select id="day" value={order.day} onChange={(e) => change({ day: e.target.value })}>
        {DAYS.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={order.express} onChange={(e) => change({ express: e.target.checked })} />
        Express service - back the next day (+{money(EXPRESS_FEE)})
      </label>
      <button type="button" onClick={() => go("items")}>Back</button>
      <button type="button" onClick={() => go("review")}>Next</button>
    </section>
  );
}

function ReviewStep(): JSX.Element {
  const { order, go } = useOrder();
  return (
    <section>
      <h2>Check your order</h2>
      <table aria-label="Order summary">
        <tbody>
          {lines(order).map((l) => (
            <tr key={l.id}>
              <td>
                {l.count} × {l.name}
              </td>
              <td>{money(l.cost)}</td>
            </tr>
          ))}
          {order.express && (
            <tr>
              <td>Express service</td>
              <td>{money(EXPRESS_FEE)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p data-testid="collection">Collection: {order.day}</p>
      <p data-testid="order-total">Total: {money(totalOf(order))}</p>
      <button type="button" onClick={() => go("collection")}>Back</button>
      <button type="button" onClick={() => go("done")}>Place order</button>
    </section>
  );
}

function DoneStep(): JSX.Element {
  const { order } = useOrder();
  const count = lines(order).reduce((s, l) => s + l.count, 0);
  return (
    <section>
      <h2>Order placed</h2>
      <p role="status">
        We'll collect {count} items on {order.day}. You'll pay {money(totalOf(order))} on collection.
      </p>
    </section>
  );
}

export default function DryCleaningOrder(): JSX.Element {
  const [step, setStep] = useState<Step>("items");
  const [order, setOrder] = useState<Order>({ counts: {}, day: "Tuesday", express: false });
  const ctx: Ctx = { step, go: setStep, order, change: (o) => setOrder((prev) => ({ ...prev, ...o })) };
  return (
    <OrderContext.Provider value={ctx}>
      <main>
        <h1>Fresh Press dry cleaners</h1>
        <p data-testid="progress">Step {STEP_NUMBER[step]} of 3</p>
        {step === "items" && <ItemsStep />}
        {step === "collection" && <CollectionStep />}
        {step === "review" && <ReviewStep />}
        {step === "done" && <DoneStep />}
      </main>
    </OrderContext.Provider>
  );
}

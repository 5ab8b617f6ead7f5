import React, { createContext, useContext, useState } from "react";

type Page = "vehicle" | "tyres" | "summary" | "done";
type Range = { id: string; name: string; price: number };

const RANGES: Range[] = [
  { id: "budget", name: "Budget", price: 55 },
  { id: "mid", name: "Mid-range", price: 78 },
  { id: "premium", name: "Premium", price: 110 },
];
const SIZES = ["195/65 R15", "205/55 R16", "225/45 R17"];
const FITTING = 10;
const money = (n: number): string => `£${n.toFixed(2)}`;

type Order = { reg: string; size: string; range: string; qty: number };
type Nav = { page: Page; go: (p: Page) => void };

const NavContext = createContext<Nav>({ page: "vehicle", go: () => undefined });
const useNav = (): Nav => useContext(NavContext);

function VehicleStep({ order, setOrder }: { order: Order; setOrder: (o: Order) => void }): JSX.Element {
  const { go } = useNav();
  const [error, setError] = useState<string>("");
  function next(): void {
    const reg = order.reg.trim().toUpperCase().replace(/\s+/g, " ");
    if (!/^[A-Z]{2}\d{2} ?[A-Z]{3}$/.test(reg)) {
      setError("Enter your registration, for example AB12 CDE");
      return;
    }
    setOrder({ ...order, reg });
    go("tyres");
  }
  return (
    <section>
      <h2>Your vehicle</h2>
      <label htmlFor="reg">Registration</label>
      <input id="reg" value={order.reg} onChange={(e) => setOrder({ ...order, reg: e.target.value })} />
      <label htmlFor="size">Tyre size</label>
      <select id="size" value={order.size} onChange={(e) => setOrder({ ...order, size: e.target.value })}>
        {SIZES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      {error && <p role="alert">{error}</p>}
      <button type="button" onClick={next}>
        Next
      </button>
    </section>
  );
}

function TyresStep({ order, setOrder }: { order: Order; setOrder: (o: Order) => void }): JSX.Element {
  const { go } = useNav();
  return (
    <section>
      <p>
        Vehicle: <strong>{order.reg}</strong> · {order.size}
      </p>
      <h2>Choose tyres</h2>
      <fieldset>
        <legend>Range</legend>
        {RANGES.map((r) => (
          <label key={r.id}>
            <input type="radio" name="range" checked={order.range === r.id} onChange={() => setOrder({ ...order, range: r.id })} />
            {r.name} - {money(r.price)} each
          </label>
        ))}
      </fieldset>
      <label htmlFor="qty">How many tyres?</label>
      <select id="qty" value={order.qty} onChange={(e) => setOrder({ ...order, qty: Number(e.target.value) })}>
        {[1, 2, 4].map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => go("vehicle")}>
        Back
      </button>
      <button type="button" onClick={() => go("summary")}>
        Next
      </button>
    </section>
  );
}

function SummaryStep({ order, onBook }: { order: Order; onBook: () => void }): JSX.Element {
  const { go } = useNav();
  const range = RANGES.find((r) => r.id === order.range) as Range;
  const tyres = order.qty * range.price;
  const fitting = order.qty * FITTING;
  return (
    <section>
      <h2>Summary</h2>
      <dl>
        <dt>Vehicle</dt>
        <dd>{order.reg}</dd>
        <dt>Tyres</dt>
        <dd data-testid="tyres-line">
          {order.qty} × {range.name} {order.size}
        </dd>
        <dt>Fitting</dt>
        <dd>{money(fitting)}</dd>
        <dt>Total</dt>
        <dd data-testid="total">{money(tyres + fitting)}</dd>
      </dl>
      <button type="button" onClick={() => go("tyres")}>
        Back
      </button>
      <button type="button" onClick={onBook}>
        Book fitting
      </button>
    </section>
  );
}

export default function TyreFitting(): JSX.Element {
  const [page, setPage] = useState<Page>("vehicle");
  const [order, setOrder] = useState<Order>({ reg: "", size: SIZES[0], range: "budget", qty: 4 });
  const steps: Page[] = ["vehicle", "tyres", "summary"];
  return (
    <NavContext.Provider value={{ page, go: setPage }}>
      <main>
        <h1>Tyre fitting</h1>
        {page !== "done" && (
          <p>
            Step {steps.indexOf(page) + 1} of 3
          </p>
        )}
        {page === "vehicle" && <VehicleStep order={order} setOrder={setOrder} />}
        {page === "tyres" && <TyresStep order={order} setOrder={setOrder} />}
        {page === "summary" && <SummaryStep order={order} onBook={() => setPage("done")} />}
        {page === "done" && <p role="status">Fitting booked for {order.reg}. We will text you a time.</p>}
      </main>
    </NavContext.Provider>
  );
}

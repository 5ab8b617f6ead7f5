import React, { createContext, useContext, useEffect, useState } from "react";

const PRODUCTS = [
  { id: "eggs", name: "Free range eggs (box of 6)", price: 2.5, unit: "box" },
  { id: "sourdough", name: "Sourdough loaf", price: 4.2, unit: "loaf" },
  { id: "honey", name: "Wildflower honey 340g", price: 6.75, unit: "jar" },
  { id: "apples", name: "Cox apples (1kg)", price: 3.1, unit: "bag" },
];

const money = (n) => `£${n.toFixed(2)}`;

const BasketContext = createContext(null);

function useHashPath() {
  const read = () => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

function Header() {
  const { lines } = useContext(BasketContext);
  const count = lines.reduce((s, l) => s + l.qty, 0);
  return (
    <header>
      <a href="#/">Hollow Lane Farm Shop</a>
      <nav>
        <a href="#/basket">Basket ({count})</a>
      </nav>
    </header>
  );
}

function ShopPage() {
  return (
    <section>
      <h1>This week at the farm shop</h1>
      <ul aria-label="Products">
        {PRODUCTS.map((p) => (
          <li key={p.id}>
            <a href={`#/product/${p.id}`}>{p.name}</a> - {money(p.price)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProductPage({ product }) {
  const { add } = useContext(BasketContext);
  const [qty, setQty] = useState("1");
  const [added, setAdded] = useState("");

  function onAdd() {
    const n = parseInt(qty, 10);
    if (!Number.isInteger(n) || n < 1) return;
    add(product.id, n);
    setAdded(`Added ${n} to your basket`);
  }

  return (
    <section>
      <a href="#/">Continue shopping</a>
      <h1>{product.name}</h1>
      <p>
        {money(product.price)} per {product.unit}
      </p>
      <label htmlFor="qty">Quantity</label>
      <input id="qty" type="number" min={1} value={qty} onChange={(e) => setQty(e.target.value)} />
      <button type="button" onClick={onAdd}>Add to basket</button>
      {added && <p role="status">{added}</p>}
    </section>
  );
}

function BasketPage() {
  const { lines } = useContext(BasketContext);
  const rows = lines.map((l) => ({ ...l, product: PRODUCTS.find((p) => p.id === l.id) }));
  const total = rows.reduce((s, r) => s + r.qty * r.product.price, 0);
  return (
    <section>
      <h1>Your basket</h1>
      {rows.length === 0 ? (
        <p>Your basket is empty</p>
      ) : (
        <table aria-label="Basket">
          <thead>
            <tr>
              <th>Product</th>
              <th>Qty</th>
              <th>Cost</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.id}-${i}`}>
                <td>{r.product.name}</td>
                <td>{r.qty}</td>
                <td>{money(r.qty * r.product.price)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p data-testid="basket-total">Total: {money(total)}</p>
      <a href="#/">Continue shopping</a>
    </section>
  );
}

export default function FarmShop() {
  const path = useHashPath();
  const [lines, setLines] = useState([]);

  function add(id, qty) {
    setLines((prev) => {
      const existing = prev.find((l) => l.id === id);
      if (existing) return prev.map((l) => (l.id === id ? { ...l, qty: l.qty + qty } : l));
      return [...prev, { id, qty }];
    });
  }

  let page;
  const m = path.match(/^\/product\/([a-z]+)$/);
  if (path === "/basket") page = <BasketPage />;
  else if (m) {
    const product = PRODUCTS.find((p) => p.id === m[1]);
    page = product ? <ProductPage key={product.id} product={product} /> : <p>Product not found</p>;
  } else page = <ShopPage />;

  return (
    <BasketContext.Provider value={{ lines, add }}>
      <Header />
      <main>{page}</main>
    </BasketContext.Provider>
  );
}

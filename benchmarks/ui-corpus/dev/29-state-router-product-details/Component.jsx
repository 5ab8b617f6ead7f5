import React, { createContext, useContext, useState } from "react";

const RouterContext = createContext({ path: "/", navigate: () => {} });

function Link({ to, children }) {
  const { navigate } = useContext(RouterContext);
  return (
    <a
      href={to}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

const PRODUCTS = [
  { slug: "trail-boots", name: "Trail boots", price: "€129", stock: 4 },
  { slug: "wool-socks", name: "Wool socks", price: "€14", stock: 0 },
];

function ProductPage({ slug }) {
  const product = PRODUCTS.find((p) => p.slug === slug);
  return (
    <article>
      <h1>{product.name}</h1>
      <p>{product.price}</p>
      <p>{product.stock > 0 ? `${product.stock} left in stock` : "Out of stock"}</p>
      <Link to="/">Back to all products</Link>
    </article>
  );
}

export default function Shop() {
  const [path, navigate] = useState("/");
  const slug = path.startsWith("/products/") ? path.slice("/products/".length) : null;
  return (
    <RouterContext.Provider value={{ path, navigate }}>
      {slug ? (
        <ProductPage slug={slug} />
      ) : (
        <main>
          <h1>All products</h1>
          {PRODUCTS.map((p) => (
            <p key={p.slug}>
              <Link to={`/products/${p.slug}`}>{p.name}</Link>
            </p>
          ))}
        </main>
      )}
    </RouterContext.Provider>
  );
}

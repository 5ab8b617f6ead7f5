import React, { useState } from "react";

const TOOLS = ["Hedge trimmer", "Wallpaper steamer", "Tile cutter", "Pressure washer", "Cement mixer"];
const LIMIT = 3;

export default function ToolLibrary() {
  const [basket, setBasket] = useState([]);
  const full = basket.length >= LIMIT;

  return (
    <main>
      <header>
        <h1>Tool library</h1>
        <span aria-label="Tools in basket" data-testid="basket-count">
          {basket.length}
        </span>
      </header>
      <ul aria-label="Catalogue">
        {TOOLS.map((tool) => {
          const inBasket = basket.includes(tool);
          return (
            <li key={tool}>
              <h2>{tool}</h2>
              <button
                type="button"
                disabled={inBasket || full}
                onClick={() => setBasket([...basket, tool])}
              >
                {inBasket ? "In basket" : "Add to basket"}
              </button>
            </li>
          );
        })}
      </ul>
      {full && <p role="status">You can borrow up to {LIMIT} tools at a time</p>}
      <section aria-labelledby="basket-title">
        <h2 id="basket-title">Your basket</h2>
        {basket.length === 0 ? (
          <p>Your basket is empty</p>
        ) : (
          <ul aria-label="Basket">
            {basket.map((tool) => (
              <li key={tool}>
                {tool}{" "}
                <button
                  type="button"
                  aria-label={`Remove ${tool}`}
                  onClick={() => setBasket(basket.filter((item) => item !== tool))}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

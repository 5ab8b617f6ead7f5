import React, { useState } from "react";

type Size = "Small" | "Medium" | "Large";
type OrderLine = { id: number; text: string; price: number };

const SIZES: Record<Size, { inches: number; price: number }> = {
  Small: { inches: 9, price: 8 },
  Medium: { inches: 11, price: 10 },
  Large: { inches: 13, price: 13 },
};
const TOPPINGS = ["Mushrooms", "Peppers", "Olives", "Red onion", "Pepperoni", "Ham", "Pineapple", "Jalapeños"];
const TOPPING_PRICE = 1.25;
const MAX_TOPPINGS = 4;

const money = (n: number): string => `£${n.toFixed(2)}`;

export default function PizzaBuilder(): JSX.Element {
  const [size, setSize] = useState<Size>("Medium");
  const [toppings, setToppings] = useState<string[]>([]);
  const [order, setOrder] = useState<OrderLine[]>([]);

  const full = toppings.length >= MAX_TOPPINGS;
  const price = SIZES[size].price + toppings.length * TOPPING_PRICE;

  function toggle(name: string): void {
    if (toppings.includes(name)) {
      setToppings(toppings.filter((t) => t !== name));
    } else if (toppings.length < MAX_TOPPINGS) {
      setToppings([...toppings, name]);
    }
  }

  function addToOrder(): void {
    const chosen = TOPPINGS.filter((t) => toppings.includes(t));
    const text = `${size} pizza: ${chosen.length ? chosen.join(", ") : "cheese and tomato"}`;
    setOrder([...order, { id: order.length + 1, text, price }]);
    setSize("Medium");
    setToppings([]);
  }

  const orderTotal = order.reduce((s, l) => s + l.price, 0);

  return (
    <main>
      <h1>Build your own pizza</h1>
      <fieldset>
        <legend>Size</legend>
        {(Object.keys(SIZES) as Size[]).map((s) => (
          <label key={s}>
            <input type="radio" name="size" checked={size === s} onChange={() => setSize(s)} />
            {s} {SIZES[s].inches}" ({money(SIZES[s].price)})
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Toppings ({money(TOPPING_PRICE)} each, up to {MAX_TOPPINGS})</legend>
        {TOPPINGS.map((t) => {
          const on = toppings.includes(t);
          return (
            <label key={t}>
              <input type="checkbox" checked={on} disabled={!on && full} onChange={() => toggle(t)} />
              {t}
            </label>
          );
        })}
        {full && <p role="note">You've picked the maximum of {MAX_TOPPINGS} toppings.</p>}
      </fieldset>
      <p data-testid="pizza-price">This pizza: {money(price)}</p>
      <button type="button" onClick={addToOrder}>Add to order</button>

      <section aria-label="Your order">
        <h2>Your order</h2>
        {order.length === 0 ? (
          <p>Nothing ordered yet</p>
        ) : (
          <ul>
            {order.map((l) => (
              <li key={l.id}>
                {l.text} - {money(l.price)}
              </li>
            ))}
          </ul>
        )}
        <p data-testid="order-total">Order total: {money(orderTotal)}</p>
      </section>
    </main>
  );
}

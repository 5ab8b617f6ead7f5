import React, { useState } from "react";

type Size = { id: string; label: string; serves: number; price: number };

const SIZES: Size[] = [
  { id: "6", label: "6 inch", serves: 8, price: 24 },
  { id: "8", label: "8 inch", serves: 14, price: 36 },
  { id: "10", label: "10 inch", serves: 22, price: 52 },
];
const FLAVOURS = ["Victoria sponge", "Lemon drizzle", "Chocolate fudge", "Carrot"];
const MESSAGE_PRICE = 3;
const MAX_CHARS = 30;
const money = (n: number): string => `£${n.toFixed(2)}`;

type Line = { id: number; text: string; price: number };

export default function CakeOrder(): JSX.Element {
  const [sizeId, setSizeId] = useState<string>("6");
  const [flavour, setFlavour] = useState<string>(FLAVOURS[0]);
  const [withMessage, setWithMessage] = useState<boolean>(false);
  const [message, setMessage] = useState<string>("");
  const [basket, setBasket] = useState<Line[]>([]);

  const size = SIZES.find((s) => s.id === sizeId) as Size;
  const total = size.price + (withMessage ? MESSAGE_PRICE : 0);

  function add(): void {
    const note = withMessage && message.trim() ? `, message "${message.trim()}"` : "";
    setBasket((b) => [...b, { id: b.length + 1, text: `${size.label} ${flavour}${note}`, price: total }]);
  }

  return (
    <main>
      <h1>Order a celebration cake</h1>
      <fieldset>
        <legend>Size</legend>
        {SIZES.map((s) => (
          <label key={s.id}>
            <input type="radio" name="size" checked={sizeId === s.id} onChange={() => setSizeId(s.id)} />
            {s.label} (serves {s.serves}) - {money(s.price)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="flavour">Flavour</label>
      <select id="flavour" value={flavour} onChange={(e) => setFlavour(e.target.value)}>
        {FLAVOURS.map((f) => (
          <option key={f}>{f}</option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={withMessage} onChange={(e) => setWithMessage(e.target.checked)} />
        Add a message in icing (+{money(MESSAGE_PRICE)})
      </label>
      {withMessage && (
        <div>
          <label htmlFor="msg">Message</label>
          <input id="msg" maxLength={MAX_CHARS} value={message} onChange={(e) => setMessage(e.target.value)} />
          <span data-testid="char-count">
            {message.length}/{MAX_CHARS}
          </span>
        </div>
      )}
      <p>
        Cake total: <strong data-testid="cake-total">{money(total)}</strong>
      </p>
      <button type="button" onClick={add}>
        Add to basket
      </button>
      <section aria-label="Basket">
        <h2>Basket</h2>
        {basket.length === 0 ? (
          <p>Your basket is empty</p>
        ) : (
          <ul>
            {basket.map((l) => (
              <li key={l.id}>
                {l.text} - {money(l.price)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

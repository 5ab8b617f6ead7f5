import React, { useState } from "react";

type Bouquet = { id: string; name: string; price: number };

const BOUQUETS: Bouquet[] = [
  { id: "tulips", name: "Spring tulips", price: 32 },
  { id: "roses", name: "Red roses", price: 45 },
  { id: "seasonal", name: "Seasonal surprise", price: 28 },
];

const NEXT_DAY_FEE = 6;
const LIMIT = 50;

function money(n: number): string {
  return `£${n.toFixed(2)}`;
}

export default function FlowerOrder() {
  const [bouquet, setBouquet] = useState<string>("");
  const [delivery, setDelivery] = useState<"standard" | "next-day">("standard");
  const [message, setMessage] = useState<string>("");
  const [from, setFrom] = useState<string>("");
  const [anonymous, setAnonymous] = useState<boolean>(false);
  const [placed, setPlaced] = useState<string>("");

  const chosen = BOUQUETS.find((b) => b.id === bouquet);
  const total = (chosen ? chosen.price : 0) + (chosen && delivery === "next-day" ? NEXT_DAY_FEE : 0);
  const left = LIMIT - message.length;
  const tooLong = left < 0;

  function place() {
    if (!chosen || tooLong) return;
    const how = delivery === "next-day" ? "next day delivery" : "standard delivery";
    setPlaced(`Order placed: ${chosen.name}, ${how}, ${money(total)}.`);
  }

  return (
    <main>
      <h1>Send flowers</h1>
      <fieldset>
        <legend>Bouquet</legend>
        {BOUQUETS.map((b) => (
          <label key={b.id}>
            <input type="radio" name="bouquet" checked={bouquet === b.id} onChange={() => setBouquet(b.id)} />
            {b.name} – {money(b.price)}
          </label>
        ))}
      </fieldset>
      <label>
        Delivery
        <select value={delivery} onChange={(e) => setDelivery(e.target.value as "standard" | "next-day")}>
          <option value="standard">Standard (free)</option>
          <option value="next-day">Next day (+£6.00)</option>
        </select>
      </label>
      <label>
        Gift message
        <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={3} />
      </label>
      <p data-testid="message-counter">
        {tooLong ? `${-left} characters too many` : `${left} characters left`}
      </p>
      {tooLong && <p role="alert">Your message is too long for the card</p>}
      <label>
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        Send anonymously
      </label>
      {!anonymous && (
        <label>
          From
          <input value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
      )}
      <p data-testid="total">Total: {money(total)}</p>
      <button onClick={place} disabled={!chosen || tooLong}>
        Place order
      </button>
      {placed && <p role="status">{placed}</p>}
    </main>
  );
}

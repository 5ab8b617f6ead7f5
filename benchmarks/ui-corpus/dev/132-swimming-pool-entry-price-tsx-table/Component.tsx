import React, { useState } from "react";

type Visit = "off-peak" | "peak";

// pence; seniors pay the same at any time
const PRICES = {
  junior: { "off-peak": 310, peak: 360 },
  adult: { "off-peak": 480, peak: 590 },
  senior: { "off-peak": 340, peak: 340 },
};
const LEISURE_CARD_DISCOUNT = 0.2;

function entryPrice(age: number, visit: Visit, leisureCard: boolean): number {
  if (age < 3) return 0;
  const band = age < 16 ? "junior" : age < 65 ? "adult" : "senior";
  const full = PRICES[band][visit];
  return leisureCard ? Math.round(full * (1 - LEISURE_CARD_DISCOUNT)) : full;
}

export default function PoolEntryPrice() {
  const [age, setAge] = useState<string>("");
  const [visit, setVisit] = useState<Visit>("off-peak");
  const [leisureCard, setLeisureCard] = useState<boolean>(false);
  const [answer, setAnswer] = useState<string>("");

  function show(event: React.FormEvent) {
    event.preventDefault();
    const years = Number(age);
    if (age.trim() === "" || !Number.isInteger(years) || years < 0 || years > 120) {
      setAnswer("Enter the swimmer's age");
      return;
    }
    const pence = entryPrice(years, visit, leisureCard);
    setAnswer(pence === 0 ? "Free entry" : `£${(pence / 100).toFixed(2)}`);
  }

  return (
    <form onSubmit={show} noValidate>
      <h1>Swimming pool entry</h1>
      <label htmlFor="age">Age</label>
      <input id="age" type="number" value={age} onChange={(e) => setAge(e.target.value)} />
      <label htmlFor="visit">Visit</label>
      <select id="visit" value={visit} onChange={(e) => setVisit(e.target.value as Visit)}>
        <option value="off-peak">Off-peak</option>
        <option value="peak">Peak</option>
      </select>
      <label>
        <input type="checkbox" checked={leisureCard} onChange={(e) => setLeisureCard(e.target.checked)} />
        Leisure card
      </label>
      <button type="submit">Show price</button>
      <output htmlFor="age visit" data-testid="entry-price">
        {answer}
      </output>
    </form>
  );
}

import React, { useState } from "react";

type Climber = "adult" | "student" | "junior";
type Visit = "peak" | "offpeak";

const PRICES: Record<Climber, Record<Visit, number>> = {
  adult: { peak: 13.5, offpeak: 11 },
  student: { peak: 11.5, offpeak: 9 },
  junior: { peak: 9, offpeak: 7.5 },
};
const SHOES = 4;
const INDUCTION = 5;
const money = (n: number): string => `£${n.toFixed(2)}`;

export default function DayPassPrice(): JSX.Element {
  const [climber, setClimber] = useState<Climber>("adult");
  const [visit, setVisit] = useState<Visit>("peak");
  const [shoes, setShoes] = useState<boolean>(false);
  const [firstVisit, setFirstVisit] = useState<boolean>(false);
  const [price, setPrice] = useState<number | null>(null);

  function work(e: React.FormEvent): void {
    e.preventDefault();
    setPrice(PRICES[climber][visit] + (shoes ? SHOES : 0) + (firstVisit ? INDUCTION : 0));
  }

  return (
    <form onSubmit={work}>
      <h1>The Crimp Shed - day pass</h1>
      <label htmlFor="climber">Climber</label>
      <select id="climber" value={climber} onChange={(e) => setClimber(e.target.value as Climber)}>
        <option value="adult">Adult</option>
        <option value="student">Student (with card)</option>
        <option value="junior">Under 16</option>
      </select>
      <fieldset>
        <legend>When are you coming?</legend>
        <label>
          <input type="radio" name="visit" checked={visit === "peak"} onChange={() => setVisit("peak")} />
          Peak (evenings and weekends)
        </label>
        <label>
          <input type="radio" name="visit" checked={visit === "offpeak"} onChange={() => setVisit("offpeak")} />
          Off-peak (weekdays before 4pm)
        </label>
      </fieldset>
      <label>
        <input type="checkbox" checked={shoes} onChange={(e) => setShoes(e.target.checked)} />
        Shoe hire (+{money(SHOES)})
      </label>
      <label>
        <input type="checkbox" checked={firstVisit} onChange={(e) => setFirstVisit(e.target.checked)} />
        First visit - safety induction (+{money(INDUCTION)})
      </label>
      <button type="submit">Work out price</button>
      {price !== null && <p data-testid="day-pass">Day pass: {money(price)}</p>}
    </form>
  );
}

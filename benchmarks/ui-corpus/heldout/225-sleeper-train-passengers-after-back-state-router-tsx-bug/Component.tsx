import React, { createContext, useContext, useState } from "react";

type Step = "journey" | "berth" | "review" | "booked";
type Berth = { id: string; name: string; price: number; perPerson: boolean; sleeps: number };
type Trip = { destination: string; date: string; passengers: number; berthId: string };

const DESTINATIONS = ["Inverness", "Fort William", "Aberdeen"];
const DATES = ["Thu 12 September", "Fri 13 September", "Sun 15 September"];
const BERTHS: Berth[] = [
  { id: "seat", name: "Comfort seat", price: 55, perPerson: true, sleeps: 1 },
  { id: "classic", name: "Classic room", price: 160, perPerson: false, sleeps: 2 },
  { id: "club", name: "Club room en suite", price: 230, perPerson: false, sleeps: 2 },
];
const money = (n: number): string => `£${n.toFixed(2)}`;
const priceOf = (b: Berth, passengers: number): number => (b.perPerson ? b.price * passengers : b.price);

type Nav = { step: Step; go: (s: Step) => void };
const NavContext = createContext<Nav>({ step: "journey", go: () => undefined });
const useNav = (): Nav => useContext(NavContext);

function JourneyStep({ trip, setTrip }: { trip: Trip; setTrip: (t: Trip) => void }): JSX.Element {
  const { go } = useNav();
  return (
    <section>
      <h1>Your journey</h1>
      <p>From London Euston</p>
      <label htmlFor="dest">Travelling to</label>
      <select id="dest" value={trip.destination} onChange={(e) => setTrip({ ...trip, destination: e.target.value })}>
        {DESTINATIONS.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </select>
      <label htmlFor="date">Night of travel</label>
      <select id="date" value={trip.date} onChange={(e) => setTrip({ ...trip, date: e.target.value })}>
        {DATES.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </select>
      <label htmlFor="pax">Passengers</label>
      <select id="pax" value={trip.passengers} onChange={(e) => setTrip({ ...trip, passengers: Number(e.target.value) })}>
        <option value={1}>1</option>
        <option value={2}>2</option>
      </select>
      <button type="button" onClick={() => go("berth")}>
        Next
      </button>
    </section>
  );
}

function BerthStep({ trip, setTrip }: { trip: Trip; setTrip: (t: Trip) => void }): JSX.Element {
  const { go } = useNav();
  const chosen = BERTHS.find((b) => b.id === trip.berthId);
  return (
    <section>
      <h1>Choose where to sleep</h1>
      <fieldset>
        <legend>Accommodation for {trip.passengers === 1 ? "1 passenger" : `${trip.passengers} passengers`}</legend>
        {BERTHS.map((b) => (
          <label key={b.id}>
            <input type="radio" name="berth" checked={trip.berthId === b.id} onChange={() => setTrip({ ...trip, berthId: b.id })} />
            {b.name} – {money(b.price)} {b.perPerson ? "per person" : "per room"}
          </label>
        ))}
      </fieldset>
      {chosen && !chosen.perPerson && trip.passengers === 1 && <p>Solo occupancy: you'll have the room to yourself.</p>}
      <button type="button" onClick={() => go("journey")}>
        Back
      </button>
      <button type="button" disabled={!chosen} onClick={() => go("review")}>
        Next
      </button>
    </section>
  );
}

function ReviewStep({ trip }: { trip: Trip }): JSX.Element {
  const { go } = useNav();
  const berth = BERTHS.find((b) => b.id === trip.berthId) as Berth;
  return (
    <section>
      <h1>Check your booking</h1>
      <dl>
        <dt>Route</dt>
        <dd>London Euston → {trip.destination}</dd>
        <dt>Night</dt>
        <dd>{trip.date}</dd>
        <dt>Passengers</dt>
        <dd data-testid="review-passengers">{trip.passengers}</dd>
        <dt>Accommodation</dt>
        <dd>{berth.name}</dd>
      </dl>
      <p data-testid="review-total">Total to pay: {money(priceOf(berth, trip.passengers))}</p>
      <button type="button" onClick={() => go("berth")}>
        Back
      </button>
      <button type="button" onClick={() => go("booked")}>
        Confirm booking
      </button>
    </section>
  );
}

export default function SleeperBooking(): JSX.Element {
  const [step, setStep] = useState<Step>("journey");
  const [trip, setTrip] = useState<Trip>({ destination: DESTINATIONS[0], date: DATES[0], passengers: 1, berthId: "" });
  return (
    <NavContext.Provider value={{ step, go: setStep }}>
      <main>
        {step === "journey" && <JourneyStep trip={trip} setTrip={setTrip} />}
        {step === "berth" && <BerthStep trip={trip} setTrip={setTrip} />}
        {step === "review" && <ReviewStep trip={trip} />}
        {step === "booked" && <p role="status">Booked – tickets are on their way to your inbox.</p>}
      </main>
    </NavContext.Provider>
  );
}

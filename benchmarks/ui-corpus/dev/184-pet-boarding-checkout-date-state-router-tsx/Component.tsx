import React, { createContext, useContext, useState } from "react";

type Page = "pet" | "dates" | "summary";
type Booking = { species: string; petName: string; checkIn: string; checkOut: string };

const RATES: Record<string, number> = { Dog: 25, Cat: 18, Rabbit: 12 };

type Ctx = {
  page: Page;
  go: (p: Page) => void;
  booking: Booking;
  update: (b: Partial<Booking>) => void;
};

const BoardingContext = createContext<Ctx | null>(null);

function useBoarding(): Ctx {
  const ctx = useContext(BoardingContext);
  if (!ctx) throw new Error("no boarding context");
  return ctx;
}

function nightsBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86400000);
}

function PetPage(): JSX.Element {
  const { booking, update, go } = useBoarding();
  return (
    <section>
      <h2>Your pet</h2>
      <fieldset>
        <legend>Pet type</legend>
        {Object.keys(RATES).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="species"
              checked={booking.species === s}
              onChange={() => update({ species: s })}
            />
            {s} (£{RATES[s]} a night)
          </label>
        ))}
      </fieldset>
      <label htmlFor="pet-name">Pet's name</label>
      <input id="pet-name" value={booking.petName} onChange={(e) => update({ petName: e.target.value })} />
      <button type="button" disabled={!booking.species || !booking.petName.trim()} onClick={() => go("dates")}>
        Next
      </button>
    </section>
  );
}

function DatesPage(): JSX.Element {
  const { booking, update, go } = useBoarding();
  const [error, setError] = useState<string>("");

  function next(): void {
    if (!booking.checkIn || !booking.checkOut) {
      setError("Enter both dates");
      return;
    }
    if (nightsBetween(booking.checkIn, booking.checkOut) < 1) {
      setError("Check-out must be at least one day after check-in");
      return;
    }
    setError("");
    go("summary");
  }

  return (
    <section>
      <h2>Dates</h2>
      <label htmlFor="check-in">Check-in</label>
      <input id="check-in" type="date" value={booking.checkIn} onChange={(e) => update({ checkIn: e.target.value })} />
      <label htmlFor="check-out">Check-out</label>
      <input id="check-out" type="date" value={booking.checkOut} onChange={(e) => update({ checkOut: e.target.value })} />
      {error && <p role="alert">{error}</p>}
      <button type="button" onClick={() => go("pet")}>Back</button>
      <button type="button" onClick={next}>Next</button>
    </section>
  );
}

function SummaryPage(): JSX.Element {
  const { booking, go } = useBoarding();
  const nights = nightsBetween(booking.checkIn, booking.checkOut);
  const rate = RATES[booking.species];
  const [done, setDone] = useState<boolean>(false);
  return (
    <section>
      <h2>Summary</h2>
      <dl>
        <dt>Guest</dt>
        <dd>{booking.petName.trim()} ({booking.species})</dd>
        <dt>Stay</dt>
        <dd data-testid="stay">{nights} nights</dd>
        <dt>Total</dt>
        <dd data-testid="total">£{(nights * rate).toFixed(2)}</dd>
      </dl>
      <button type="button" onClick={() => go("dates")}>Back</button>
      <button type="button" onClick={() => setDone(true)}>Confirm booking</button>
      {done && <p role="status">Booking confirmed for {booking.petName.trim()}</p>}
    </section>
  );
}

export default function PetBoarding(): JSX.Element {
  const [page, setPage] = useState<Page>("pet");
  const [booking, setBooking] = useState<Booking>({ species: "", petName: "", checkIn: "", checkOut: "" });
  const ctx: Ctx = {
    page,
    go: setPage,
    booking,
    update: (b) => setBooking((prev) => ({ ...prev, ...b })),
  };
  const steps: Page[] = ["pet", "dates", "summary"];
  return (
    <BoardingContext.Provider value={ctx}>
      <main>
        <h1>Whiskers &amp; Woofs boarding</h1>
        <p data-testid="progress">Step {steps.indexOf(page) + 1} of 3</p>
        {page === "pet" && <PetPage />}
        {page === "dates" && <DatesPage />}
        {page === "summary" && <SummaryPage />}
      </main>
    </BoardingContext.Provider>
  );
}

import React, { useState } from "react";

const TOURS = [
  { id: "cellar", name: "Cellar tour", price: 18, blurb: "An hour under the old press house." },
  { id: "harvest", name: "Harvest walk", price: 32, blurb: "Pick grapes on the south slope, lunch included." },
  { id: "masterclass", name: "Tasting masterclass", price: 45, blurb: "Six wines with our winemaker." },
];

function TourList({ onBook }) {
  return (
    <section>
      <h2>Tours at Domaine Roussel</h2>
      {TOURS.map((t) => (
        <article key={t.id} aria-label={t.name}>
          <h3>{t.name}</h3>
          <p>{t.blurb}</p>
          <p>€{t.price} per guest</p>
          <button onClick={() => onBook(t.id)}>Book</button>
        </article>
      ))}
    </section>
  );
}

function Guests({ tour, guests, setGuests, onContinue, onBack }) {
  return (
    <section>
      <button onClick={onBack}>All tours</button>
      <h2>Book: {tour.name}</h2>
      <div>
        Guests
        <button aria-label="Fewer guests" disabled={guests <= 1} onClick={() => setGuests(guests - 1)}>
          −
        </button>
        <span data-testid="guests">{guests}</span>
        <button aria-label="More guests" disabled={guests >= 8} onClick={() => setGuests(guests + 1)}>
          +
        </button>
      </div>
      <p data-testid="tour-total">€{tour.price * guests}</p>
      <button onClick={onContinue}>Continue</button>
    </section>
  );
}

function Summary({ tour, guests, onEdit, onConfirm }) {
  return (
    <section>
      <h2>Check your booking</h2>
      <ul aria-label="Booking summary">
        <li>{tour.name}</li>
        <li>{guests === 1 ? "1 guest" : `${guests} guests`}</li>
        <li>€{tour.price * guests}</li>
      </ul>
      <button onClick={onEdit}>Edit booking</button>
      <button onClick={onConfirm}>Confirm booking</button>
    </section>
  );
}

export default function VineyardTours() {
  const [page, setPage] = useState("tours");
  const [tourId, setTourId] = useState(null);
  const [guests, setGuests] = useState(1);
  const tour = TOURS.find((t) => t.id === tourId);

  if (page === "guests")
    return (
      <Guests
        tour={tour}
        guests={guests}
        setGuests={setGuests}
        onBack={() => setPage("tours")}
        onContinue={() => setPage("summary")}
      />
    );
  if (page === "summary")
    return <Summary tour={tour} guests={guests} onEdit={() => setPage("guests")} onConfirm={() => setPage("done")} />;
  if (page === "done")
    return (
      <p role="status">
        Thank you! See you at the {tour.name} with {guests} guests.
      </p>
    );
  return (
    <TourList
      onBook={(id) => {
        setTourId(id);
        setGuests(1);
        setPage("guests");
      }}
    />
  );
}

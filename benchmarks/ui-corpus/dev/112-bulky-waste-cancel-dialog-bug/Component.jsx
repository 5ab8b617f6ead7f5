import React, { useState } from "react";

const BOOKED = [
  { id: 1, day: "Tuesday 2 Dec", items: "Sofa" },
  { id: 2, day: "Thursday 4 Dec", items: "Fridge freezer and 2 chairs" },
  { id: 3, day: "Monday 8 Dec", items: "Mattress" },
];

export default function BulkyWasteCollections() {
  const [bookings, setBookings] = useState(BOOKED);
  const [pending, setPending] = useState(null);

  function keep() {
    setPending(null);
  }

  function cancelCollection() {
    setBookings((current) => current.filter((booking) => booking.id !== pending.id));
    setPending(null);
  }

  return (
    <main>
      <h1>Bulky waste collections</h1>
      <p data-testid="booking-count">
        {bookings.length} {bookings.length === 1 ? "collection" : "collections"} booked
      </p>
      <ul aria-label="Booked collections">
        {bookings.map((booking) => (
          <li key={booking.id}>
            <strong>{booking.day}</strong> – {booking.items}{" "}
            <button
              type="button"
              aria-label="Cancel collection"
              title="Cancel collection"
              onClick={() => setPending(booking)}
            >
              🗑
            </button>
          </li>
        ))}
      </ul>
      {pending && (
        <div role="dialog" aria-modal="true" aria-labelledby="cancel-title">
          <button type="button" aria-label="Close" onClick={keep}>
            ×
          </button>
          <h2 id="cancel-title">Cancel this collection?</h2>
          <p>
            {pending.day}: {pending.items} will not be collected.
          </p>
          <button type="button" onClick={cancelCollection}>
            Yes, cancel it
          </button>
          <button type="button" onClick={keep}>
            Keep collection
          </button>
        </div>
      )}
    </main>
  );
}

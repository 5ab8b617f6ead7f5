import React, { useState } from "react";

const START = [
  { id: "spin-tue", name: "Spin", day: "Tue", time: "18:00" },
  { id: "yoga-thu", name: "Yoga", day: "Thu", time: "07:30" },
];

export default function MyBookings() {
  const [bookings, setBookings] = useState(START);
  const [pending, setPending] = useState(null);
  const [toast, setToast] = useState("");
  const credits = 4;

  function confirmCancel() {
    setBookings(bookings.filter((b) => b.id !== pending.id));
    setToast(`${pending.name} on ${pending.day} ${pending.time} cancelled`);
    setPending(null);
  }

  return (
    <div className="bookings">
      <header>
        <h2>My bookings</h2>
        <span className="credits">Credits left: {credits}</span>
      </header>
      <ul>
        {bookings.map((b) => (
          <li key={b.id}>
            <span>
              {b.name} – {b.day} {b.time}
            </span>
            <button className="icon-btn" aria-label={`Cancel ${b.name}`} onClick={() => setPending(b)}>
              🗑
            </button>
          </li>
        ))}
      </ul>
      {toast && <div className="toast">{toast}</div>}
      {pending && (
        <div className="modal-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="cancel-title">
            <h3 id="cancel-title">Cancel this booking?</h3>
            <p>
              You will lose your spot in {pending.name} ({pending.day} {pending.time}). Cancelling more than 2 hours
              before the class is free.
            </p>
            <button onClick={() => setPending(null)}>Keep booking</button>
            <button className="danger" onClick={confirmCancel}>
              Cancel booking
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

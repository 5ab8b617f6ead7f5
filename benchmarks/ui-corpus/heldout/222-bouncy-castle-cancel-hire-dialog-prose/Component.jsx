import React, { useState } from "react";

const TODAY = new Date(2024, 5, 1); // Sat 1 June 2024
const FREE_CANCEL_DAYS = 14;
const REASONS = ["Party postponed", "Weather forecast", "Booked elsewhere", "Other"];

const INITIAL = [
  { id: 1, item: "Pirate Ship castle", date: new Date(2024, 5, 8), deposit: 40 },
  { id: 2, item: "Unicorn Palace", date: new Date(2024, 5, 29), deposit: 35 },
  { id: 3, item: "30ft Assault Course", date: new Date(2024, 6, 14), deposit: 60 },
];

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const dayLabel = (d) => `${WEEKDAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
const daysAway = (d) => Math.round((d - TODAY) / 86400000);

function CancelDialog({ booking, onKeep, onConfirm }) {
  const [reason, setReason] = useState("");
  const refundable = daysAway(booking.date) > FREE_CANCEL_DAYS;
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="cancel-title" style={{ border: "2px solid #333", padding: 16 }}>
      <h2 id="cancel-title">Cancel {booking.item} on {dayLabel(booking.date)}?</h2>
      {refundable ? (
        <p>Your £{booking.deposit} deposit will be refunded within 5 working days.</p>
      ) : (
        <p>
          This hire is less than {FREE_CANCEL_DAYS} days away, so your £{booking.deposit} deposit can't be refunded.
        </p>
      )}
      <label htmlFor="reason">Reason for cancelling</label>
      <select id="reason" value={reason} onChange={(e) => setReason(e.target.value)}>
        <option value="">Choose a reason</option>
        {REASONS.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <div>
        <button type="button" onClick={onKeep}>
          Keep booking
        </button>
        <button type="button" disabled={reason === ""} onClick={() => onConfirm(refundable)}>
          Yes, cancel it
        </button>
      </div>
    </div>
  );
}

export default function PartyHireBookings() {
  const [bookings, setBookings] = useState(INITIAL);
  const [cancelling, setCancelling] = useState(null);
  const [notice, setNotice] = useState("");

  function confirm(refundable) {
    const b = cancelling;
    setBookings(bookings.filter((x) => x.id !== b.id));
    setCancelling(null);
    setNotice(
      `${b.item} on ${dayLabel(b.date)} cancelled. ` +
        (refundable ? `Your £${b.deposit} deposit will be refunded.` : `The £${b.deposit} deposit has been kept.`)
    );
  }

  return (
    <main>
      <h1>My party hire bookings</h1>
      {notice && <p role="status">{notice}</p>}
      {bookings.length === 0 ? (
        <p>You have no upcoming hires.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Item</th>
              <th>Date</th>
              <th>Deposit paid</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((b) => (
              <tr key={b.id}>
                <td>{b.item}</td>
                <td>{dayLabel(b.date)}</td>
                <td>£{b.deposit}</td>
                <td>
                  <button type="button" aria-label={`Cancel ${b.item}`} onClick={() => setCancelling(b)}>
                    Cancel
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cancelling && (
        <CancelDialog key={cancelling.id} booking={cancelling} onKeep={() => setCancelling(null)} onConfirm={confirm} />
      )}
    </main>
  );
}

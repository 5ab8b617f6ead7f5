import React, { useState } from "react";

const RATES = { standard: 45, deluxe: 70 };
const CODES = { SUMMER10: 10, STAY5: 5 };

export default function BookingForm() {
  const [nights, setNights] = useState("1");
  const [guests, setGuests] = useState("2");
  const [room, setRoom] = useState("standard");
  const [promo, setPromo] = useState("");
  const [quote, setQuote] = useState(null);

  function recalculate(event) {
    event.preventDefault();
    const base = Number(nights) * Number(guests) * RATES[room];
    const discount = CODES[promo.trim().toUpperCase()] || 0;
    setQuote({ total: base * (1 - discount / 100), discount });
  }

  return (
    <form onSubmit={recalculate}>
      <h2>Your booking</h2>
      <label htmlFor="nights">Nights</label>
      <input id="nights" type="number" min="1" value={nights} onChange={(e) => setNights(e.target.value)} />
      <label htmlFor="guests">Guests</label>
      <input id="guests" type="number" min="1" value={guests} onChange={(e) => setGuests(e.target.value)} />
      <label htmlFor="room">Room type</label>
      <select id="room" value={room} onChange={(e) => setRoom(e.target.value)}>
        <option value="standard">Standard</option>
        <option value="deluxe">Deluxe</option>
      </select>
      <label htmlFor="promo">Promo code</label>
      <input id="promo" value={promo} onChange={(e) => setPromo(e.target.value)} />
      <button type="submit">Recalculate</button>
      {quote && (
        <p data-testid="booking-total">
          Total: €{quote.total.toFixed(2)}
        </p>
      )}
      {quote && quote.discount > 0 && <p>Discount applied: {quote.discount}%</p>}
    </form>
  );
}

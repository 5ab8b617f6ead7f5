import React, { useState } from "react";

const PACKAGES = [
  { id: "basic", label: "Basic tune-up", price: 35 },
  { id: "full", label: "Full service", price: 70 },
];

const EXTRAS = [
  { id: "brakes", label: "Brake bleed", price: 25 },
  { id: "chain", label: "New chain", price: 18 },
  { id: "puncture", label: "Puncture repair", price: 8 },
];

const SURCHARGE = 15;

export default function BikeServiceBooking() {
  const [bike, setBike] = useState("Road");
  const [pkg, setPkg] = useState("basic");
  const [extras, setExtras] = useState([]);
  const [phone, setPhone] = useState("");
  const [error, setError] = useState("");
  const [booked, setBooked] = useState(null);

  const base = PACKAGES.find((p) => p.id === pkg).price;
  const extrasTotal = EXTRAS.filter((e) => extras.includes(e.id)).reduce((sum, e) => sum + e.price, 0);
  const total = base + extrasTotal + (bike === "E-bike" ? SURCHARGE : 0);

  function toggle(id) {
    setExtras((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  }

  function book(event) {
    event.preventDefault();
    const digits = phone.replace(/\s+/g, "");
    if (!digits) return setError("Enter a phone number so we can call you when the bike is ready");
    if (!/^\d{11}$/.test(digits)) return setError("Phone number must be 11 digits");
    setError("");
    setBooked({ bike, pkg: PACKAGES.find((p) => p.id === pkg).label, total });
  }

  return (
    <main>
      <h1>Book a bike service</h1>
      <form onSubmit={book}>
        <label>
          Bike type
          <select value={bike} onChange={(e) => setBike(e.target.value)} disabled={!!booked}>
            <option>Road</option>
            <option>Mountain</option>
            <option>E-bike</option>
            <option>Kids</option>
          </select>
        </label>
        <fieldset>
          <legend>Service</legend>
          {PACKAGES.map((p) => (
            <label key={p.id}>
              <input
                type="radio"
                name="package"
                checked={pkg === p.id}
                onChange={() => setPkg(p.id)}
                disabled={!!booked}
              />
              {p.label} (£{p.price})
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Extras</legend>
          {EXTRAS.map((x) => (
            <label key={x.id}>
              <input
                type="checkbox"
                checked={extras.includes(x.id)}
                onChange={() => toggle(x.id)}
                disabled={!!booked}
              />
              {x.label} (£{x.price})
            </label>
          ))}
        </fieldset>
        <label>
          Phone number
          <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} disabled={!!booked} />
        </label>
        {bike === "E-bike" && <p>E-bike surcharge: £{SURCHARGE}</p>}
        <p data-testid="total">Total: £{total}</p>
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={!!booked}>
          Book service
        </button>
      </form>
      {booked && (
        <p role="status">
          Booked! Your {booked.bike} is in for a {booked.pkg}. We will call you on the day. Total £{booked.total}.
        </p>
      )}
    </main>
  );
}

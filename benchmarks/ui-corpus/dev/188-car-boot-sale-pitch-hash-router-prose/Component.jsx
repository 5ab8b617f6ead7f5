import React, { useEffect, useState } from "react";

const SALES = [
  { id: 1, date: "Sunday 7 July", code: "0707", venue: "Meadow Farm", soldOut: true },
  { id: 2, date: "Sunday 14 July", code: "1407", venue: "Meadow Farm", soldOut: false },
  { id: 3, date: "Sunday 21 July", code: "2107", venue: "Old Airfield", soldOut: false },
  { id: 4, date: "Sunday 28 July", code: "2807", venue: "Meadow Farm", soldOut: false },
];
const PITCHES = { Car: 10, Van: 15, Trailer: 20 };

function useHashPath() {
  const read = () => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const on = () => setPath(read());
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return path;
}

function SaleList() {
  return (
    <section>
      <h1>Car boot sales</h1>
      <ul aria-label="Upcoming sales">
        {SALES.map((s) => (
          <li key={s.id}>
            <a href={`#/sale/${s.id}`}>{s.date} - {s.venue}</a>
            {s.soldOut && <span> (Sold out)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SalePage({ sale }) {
  const [pitch, setPitch] = useState("Car");
  const [reg, setReg] = useState("");
  const [booking, setBooking] = useState(null);

  function book(e) {
    e.preventDefault();
    const plate = reg.replace(/\s+/g, "").toUpperCase();
    setBooking({ ref: `CB${sale.code}-${plate}`, price: PITCHES[pitch], pitch });
  }

  return (
    <section>
      <a href="#/">Back to all sales</a>
      <h1>{sale.date} - {sale.venue}</h1>
      {sale.soldOut && <p role="alert">All pitches for this sale have been taken.</p>}
      <form onSubmit={book}>
        <fieldset>
          <legend>Pitch type</legend>
          {Object.entries(PITCHES).map(([name, price]) => (
            <label key={name}>
              <input type="radio" name="pitch" checked={pitch === name} onChange={() => setPitch(name)} />
              {name} pitch (£{price})
            </label>
          ))}
        </fieldset>
        <label htmlFor="reg">Vehicle registration</label>
        <input id="reg" value={reg} onChange={(e) => setReg(e.target.value)} />
        <button type="submit" disabled={sale.soldOut || !reg.trim()}>Book pitch</button>
      </form>
      {booking && (
        <div role="status">
          <p>{booking.pitch} pitch booked. Reference {booking.ref}</p>
          <p>Pay £{booking.price.toFixed(2)} at the gate.</p>
        </div>
      )}
    </section>
  );
}

export default function CarBootSales() {
  const path = useHashPath();
  const m = path.match(/^\/sale\/(\d+)$/);
  if (m) {
    const sale = SALES.find((s) => s.id === Number(m[1]));
    if (sale) return <SalePage key={sale.id} sale={sale} />;
    return <p>Sale not found. <a href="#/">Back to all sales</a></p>;
  }
  return <SaleList />;
}

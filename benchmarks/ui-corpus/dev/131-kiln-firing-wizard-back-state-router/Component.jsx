import React, { useState } from "react";

const FIRINGS = {
  bisque: { label: "Bisque (1000 °C)", name: "bisque", pricePerPiece: 3 },
  glaze: { label: "Glaze (1240 °C)", name: "glaze", pricePerPiece: 4 },
};

function PiecesStep({ initial, onNext }) {
  const [pieces, setPieces] = useState(initial.pieces);
  const [height, setHeight] = useState(initial.height);
  const valid = Number(pieces) >= 1 && Number(height) > 0 && Number(height) <= 40;
  return (
    <section>
      <h2>What are you firing?</h2>
      <label htmlFor="pieces">Number of pieces</label>
      <input id="pieces" type="number" min="1" value={pieces} onChange={(e) => setPieces(e.target.value)} />
      <label htmlFor="height">Tallest piece (cm)</label>
      <input id="height" type="number" min="1" value={height} onChange={(e) => setHeight(e.target.value)} />
      {Number(height) > 40 && <p className="error">Pieces taller than 40 cm do not fit in the kiln</p>}
      <button disabled={!valid} onClick={() => onNext({ pieces, height })}>
        Next
      </button>
    </section>
  );
}

function FiringStep({ initial, onBack, onNext }) {
  const [firing, setFiring] = useState(initial.firing);
  return (
    <section>
      <h2>Which firing?</h2>
      <fieldset>
        <legend>Firing</legend>
        {Object.entries(FIRINGS).map(([key, f]) => (
          <label key={key}>
            <input type="radio" name="firing" checked={firing === key} onChange={() => setFiring(key)} />
            {f.label}
          </label>
        ))}
      </fieldset>
      <button onClick={() => onBack({ firing })}>Back</button>
      <button disabled={!firing} onClick={() => onNext({ firing })}>
        Next
      </button>
    </section>
  );
}

function SummaryStep({ booking, onBack, onBook }) {
  const firing = FIRINGS[booking.firing];
  const pieces = Number(booking.pieces);
  return (
    <section>
      <h2>Check and book</h2>
      <ul aria-label="Booking summary">
        <li>{pieces} pieces</li>
        <li>{firing.name} firing</li>
        <li>tallest piece {booking.height} cm</li>
      </ul>
      <p data-testid="cost">Cost: £{pieces * firing.pricePerPiece}</p>
      <button onClick={onBack}>Back</button>
      <button onClick={onBook}>Book firing</button>
    </section>
  );
}

export default function KilnBooking() {
  const [page, setPage] = useState(1);
  const [booking, setBooking] = useState({ pieces: "", height: "", firing: "" });
  const [booked, setBooked] = useState(false);

  const go = (to, changes = {}) => {
    setBooking((b) => ({ ...b, ...changes }));
    setPage(to);
  };

  if (booked) return <p role="status">Booked! We'll email you when the kiln has been unloaded.</p>;

  return (
    <main>
      <h1>Book a kiln firing</h1>
      <p data-testid="step">Step {page} of 3</p>
      {page === 1 && <PiecesStep initial={booking} onNext={(c) => go(2, c)} />}
      {page === 2 && <FiringStep initial={booking} onBack={(c) => go(1, c)} onNext={(c) => go(3, c)} />}
      {page === 3 && <SummaryStep booking={booking} onBack={() => go(2)} onBook={() => setBooked(true)} />}
    </main>
  );
}

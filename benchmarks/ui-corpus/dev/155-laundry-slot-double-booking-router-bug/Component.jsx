import React, { useState } from "react";

const MACHINES = ["Washer 1", "Washer 2", "Dryer 1"];
const SLOTS = ["17:00", "18:00", "19:00", "20:00", "21:00"];
const TAKEN_BY_OTHERS = ["Washer 1@20:00", "Washer 2@18:00", "Dryer 1@19:00"];

function Machines({ machine, setMachine, bookings, onBook }) {
  const [pending, setPending] = useState(null);
  const [notice, setNotice] = useState("");

  function confirm() {
    onBook(pending);
    setNotice(`Booked ${pending.machine} at ${pending.slot}`);
    setPending(null);
  }

  return (
    <section>
      <h2>Machines</h2>
      <label>
        Machine
        <select
          value={machine}
          onChange={(e) => {
            setMachine(e.target.value);
            setPending(null);
          }}
        >
          {MACHINES.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <div role="group" aria-label="Time slots">
        {SLOTS.map((slot) => {
          const key = `${machine}@${slot}`;
          const mine = bookings.some((b) => `${b.machine}@${b.slot}` === key);
          const taken = TAKEN_BY_OTHERS.includes(key);
          return (
            <button
              key={slot}
              disabled={mine || taken}
              onClick={() => {
                setNotice("");
                setPending({ machine, slot });
              }}
            >
              {slot}
              {taken ? " – taken" : mine ? " – yours" : ""}
            </button>
          );
        })}
      </div>
      {pending && (
        <div role="dialog" aria-label="Confirm booking">
          <p>
            Book {pending.machine} at {pending.slot}?
          </p>
          <button onClick={confirm}>Confirm</button>
          <button onClick={() => setPending(null)}>Back</button>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}

function MyBookings({ bookings, onCancel }) {
  return (
    <section>
      <h2>My bookings</h2>
      {bookings.length === 0 ? (
        <p>You have no bookings</p>
      ) : (
        <ul aria-label="Bookings">
          {bookings.map((b) => (
            <li key={b.id}>
              {b.machine} at {b.slot} <button onClick={() => onCancel(b.id)}>Cancel</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function LaundryRoom() {
  const [page, setPage] = useState("machines");
  const [machine, setMachine] = useState("Washer 1");
  const [bookings, setBookings] = useState([]);
  const [nextId, setNextId] = useState(1);

  function book(b) {
    setBookings((all) => [...all, { ...b, id: nextId }]);
    setNextId(nextId + 1);
  }

  return (
    <main>
      <h1>Block C laundry room</h1>
      <nav>
        <button aria-current={page === "machines" ? "page" : undefined} onClick={() => setPage("machines")}>
          Machines
        </button>
        <button aria-current={page === "bookings" ? "page" : undefined} onClick={() => setPage("bookings")}>
          My bookings ({bookings.length})
        </button>
      </nav>
      {page === "machines" ? (
        <Machines machine={machine} setMachine={setMachine} bookings={bookings} onBook={book} />
      ) : (
        <MyBookings bookings={bookings} onCancel={(id) => setBookings(bookings.filter((b) => b.id !== id))} />
      )}
    </main>
  );
}

import React, { useState } from "react";

const DAYS = ["Monday", "Tuesday", "Wednesday"];

const CLASSES = [
  { id: 1, day: "Monday", time: "07:00", name: "Morning Hatha", capacity: 12, taken: 5, waiting: 0 },
  { id: 2, day: "Monday", time: "12:30", name: "Lunchtime Stretch", capacity: 10, taken: 10, waiting: 1 },
  { id: 3, day: "Monday", time: "19:00", name: "Power Yoga", capacity: 15, taken: 9, waiting: 0 },
  { id: 4, day: "Tuesday", time: "07:00", name: "Sunrise Yin", capacity: 12, taken: 12, waiting: 2 },
  { id: 5, day: "Tuesday", time: "18:30", name: "Vinyasa Flow", capacity: 14, taken: 11, waiting: 0 },
  { id: 6, day: "Tuesday", time: "20:00", name: "Yoga Nidra", capacity: 10, taken: 3, waiting: 0 },
  { id: 7, day: "Wednesday", time: "09:30", name: "Mums & Babies", capacity: 8, taken: 4, waiting: 0 },
  { id: 8, day: "Wednesday", time: "18:00", name: "Ashtanga", capacity: 12, taken: 7, waiting: 0 },
];

export default function YogaTimetable() {
  const [day, setDay] = useState("Monday");
  const [credits, setCredits] = useState(5);
  const [booked, setBooked] = useState([]);
  const [waitlisted, setWaitlisted] = useState([]);

  function book(c) {
    setBooked([...booked, c.id]);
    setCredits(credits - 1);
  }
  function cancel(c) {
    setBooked(booked.filter((id) => id !== c.id));
    setCredits(credits + 1);
  }

  return (
    <main>
      <h1>Lotus Studio timetable</h1>
      <p data-testid="credits">
        {credits} {credits === 1 ? "credit" : "credits"} left
      </p>
      <div role="tablist" aria-label="Days">
        {DAYS.map((d) => (
          <button key={d} role="tab" aria-selected={day === d} onClick={() => setDay(d)}>
            {d}
          </button>
        ))}
      </div>
      <section role="tabpanel" aria-label={day}>
        <ul>
          {CLASSES.filter((c) => c.day === day).map((c) => {
            const isBooked = booked.includes(c.id);
            const isWaiting = waitlisted.includes(c.id);
            const taken = c.taken + (isBooked ? 1 : 0);
            const left = c.capacity - taken;
            return (
              <li key={c.id}>
                <h3>
                  {c.time} {c.name}
                </h3>
                {left > 0 ? (
                  <p>{left === 1 ? "1 space left" : `${left} spaces left`}</p>
                ) : (
                  <p>Full – {c.waiting + (isWaiting ? 1 : 0)} on waitlist</p>
                )}
                {isBooked && (
                  <>
                    <span>Booked ✓</span> <button onClick={() => cancel(c)}>Cancel booking</button>
                  </>
                )}
                {isWaiting && (
                  <>
                    <span>Waitlisted – you are number {c.waiting + 1}</span>{" "}
                    <button onClick={() => setWaitlisted(waitlisted.filter((id) => id !== c.id))}>
                      Leave waitlist
                    </button>
                  </>
                )}
                {!isBooked && !isWaiting && left > 0 && (
                  <button disabled={credits === 0} onClick={() => book(c)}>
                    Book
                  </button>
                )}
                {!isBooked && !isWaiting && left <= 0 && (
                  <button onClick={() => setWaitlisted([...waitlisted, c.id])}>Join waitlist</button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}

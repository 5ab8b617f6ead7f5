import React, { useState } from "react";

type TabId = "book" | "prepare" | "prices";
type Test = { id: string; name: string; minutes: number; price: number };

const TESTS: Test[] = [
  { id: "check", name: "Free hearing check", minutes: 15, price: 0 },
  { id: "full", name: "Full hearing assessment", minutes: 45, price: 45 },
  { id: "wax1", name: "Ear wax removal – one ear", minutes: 20, price: 50 },
  { id: "wax2", name: "Ear wax removal – both ears", minutes: 30, price: 75 },
];
const CLINICS = ["Harrogate", "Ripon", "Knaresborough"];
const TABS: { id: TabId; label: string }[] = [
  { id: "book", label: "Book a test" },
  { id: "prepare", label: "Before your visit" },
  { id: "prices", label: "Prices" },
];
const priceText = (n: number): string => (n === 0 ? "Free" : `£${n}`);

type Booking = { clinic: string; testName: string };

function BookPanel({ booking, setBooking }: { booking: Booking; setBooking: (b: Booking) => void }): JSX.Element {
  const [sent, setSent] = useState<string>("");
  const test = TESTS.find((t) => t.name === booking.testName) as Test;
  return (
    <div>
      <label htmlFor="clinic">Clinic</label>
      <select id="clinic" value={booking.clinic} onChange={(e) => setBooking({ ...booking, clinic: e.target.value })}>
        {CLINICS.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label htmlFor="test">Appointment type</label>
      <select id="test" value={booking.testName} onChange={(e) => setBooking({ ...booking, testName: e.target.value })}>
        {TESTS.map((t) => (
          <option key={t.id} value={t.name}>
            {t.name}
          </option>
        ))}
      </select>
      <p data-testid="appointment-summary">
        {test.minutes} minutes · {priceText(test.price)}
      </p>
      <button type="button" onClick={() => setSent(`We'll call you within 2 working days to book your ${test.name.toLowerCase()} at ${booking.clinic}.`)}>
        Request appointment
      </button>
      {sent && <p role="status">{sent}</p>}
    </div>
  );
}

export default function HearingClinic(): JSX.Element {
  const [tab, setTab] = useState<TabId>("book");
  const [booking, setBooking] = useState<Booking>({ clinic: CLINICS[0], testName: TESTS[0].name });

  return (
    <main>
      <h1>Dales Hearing Clinic</h1>
      <div role="tablist" aria-label="Sections">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "book" && <BookPanel booking={booking} setBooking={setBooking} />}
        {tab === "prepare" && (
          <ul>
            <li>Don't use ear drops for 3 days before an ear wax removal.</li>
            <li>Bring a list of the medicines you take.</li>
            <li>If you already wear hearing aids, bring them with you.</li>
          </ul>
        )}
        {tab === "prices" && (
          <table>
            <thead>
              <tr>
                <th>Appointment</th>
                <th>Length</th>
                <th>Price</th>
              </tr>
            </thead>
            <tbody>
              {TESTS.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{t.minutes} min</td>
                  <td>{priceText(t.price)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </main>
  );
}

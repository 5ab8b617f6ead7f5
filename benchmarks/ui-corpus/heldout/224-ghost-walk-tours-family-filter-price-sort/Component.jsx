import React, { useMemo, useState } from "react";

const WALKS = [
  { id: 1, name: "The Shambles After Dark", date: "2024-10-03", start: "Minster west door", minutes: 75, price: "12.00", family: false },
  { id: 2, name: "Lantern Lane Legends", date: "2024-10-05", start: "Bootham Bar", minutes: 60, price: "8.50", family: true },
  { id: 3, name: "Plague Pits and Bone Yards", date: "2024-10-08", start: "Clifford's Tower", minutes: 90, price: "15.00", family: false },
  { id: 4, name: "The Grey Lady's Theatre", date: "2024-10-10", start: "Theatre Royal", minutes: 45, price: "9.00", family: true },
  { id: 5, name: "Haunted Pubs Crawl", date: "2024-10-12", start: "Golden Fleece", minutes: 120, price: "18.50", family: false },
  { id: 6, name: "Spooky Snickelways for Kids", date: "2024-10-14", start: "Museum Gardens gate", minutes: 50, price: "6.00", family: true },
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const showDate = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

const SORTS = {
  date: { label: "Date (soonest first)", compare: (a, b) => a.date.localeCompare(b.date) },
  priceAsc: { label: "Price: low to high", compare: (a, b) => parseFloat(a.price) - parseFloat(b.price) },
  priceDesc: { label: "Price: high to low", compare: (a, b) => parseFloat(b.price) - parseFloat(a.price) },
  length: { label: "Shortest walk first", compare: (a, b) => a.minutes - b.minutes },
};

export default function GhostWalks() {
  const [familyOnly, setFamilyOnly] = useState(false);
  const [sort, setSort] = useState("date");

  const shown = useMemo(() => {
    const list = familyOnly ? WALKS.filter((w) => w.family) : [...WALKS];
    return list.sort(SORTS[sort].compare);
  }, [familyOnly, sort]);

  return (
    <main>
      <h1>York ghost walks – October</h1>
      <div>
        <label>
          <input type="checkbox" checked={familyOnly} onChange={(e) => setFamilyOnly(e.target.checked)} />
          Suitable for under 12s only
        </label>
        <label htmlFor="sort">Sort by</label>
        <select id="sort" value={sort} onChange={(e) => setSort(e.target.value)}>
          {Object.entries(SORTS).map(([key, s]) => (
            <option key={key} value={key}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <p data-testid="walk-count">
        Showing {shown.length} of {WALKS.length} walks
      </p>
      <table>
        <caption>Ghost walks</caption>
        <thead>
          <tr>
            <th scope="col">Walk</th>
            <th scope="col">Date</th>
            <th scope="col">Meeting point</th>
            <th scope="col">Length</th>
            <th scope="col">Price</th>
            <th scope="col">Under 12s</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((w) => (
            <tr key={w.id}>
              <td>{w.name}</td>
              <td>{showDate(w.date)}</td>
              <td>{w.start}</td>
              <td>{w.minutes} min</td>
              <td>£{w.price}</td>
              <td>{w.family ? "Welcome" : "Not suitable"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

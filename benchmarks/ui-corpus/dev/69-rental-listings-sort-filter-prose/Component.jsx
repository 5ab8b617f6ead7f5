import React, { useState } from "react";

const FLATS = [
  { name: "Canal loft", size: 48, rent: 1150, pets: true, listed: 5 },
  { name: "Garden studio", size: 30, rent: 890, pets: false, listed: 4 },
  { name: "Old town attic", size: 41, rent: 1020, pets: true, listed: 3 },
  { name: "Harbour view 2-bed", size: 72, rent: 1640, pets: true, listed: 2 },
  { name: "Station flat", size: 36, rent: 940, pets: false, listed: 1 },
];

const SORTS = {
  newest: (a, b) => b.listed - a.listed,
  "rent-asc": (a, b) => a.rent - b.rent,
  "rent-desc": (a, b) => b.rent - a.rent,
  size: (a, b) => b.size - a.size,
};

export default function RentalListings() {
  const [sort, setSort] = useState("newest");
  const [petsOnly, setPetsOnly] = useState(false);
  const flats = FLATS.filter((f) => !petsOnly || f.pets).sort(SORTS[sort]);

  return (
    <div className="listings">
      <div className="filters">
        <span className="muted">Sort:</span>
        <select value={sort} onChange={(e) => setSort(e.target.value)}>
          <option value="newest">Newest</option>
          <option value="rent-asc">Rent: low to high</option>
          <option value="rent-desc">Rent: high to low</option>
          <option value="size">Size: largest first</option>
        </select>
        <label>
          <input type="checkbox" checked={petsOnly} onChange={(e) => setPetsOnly(e.target.checked)} /> Pets allowed
        </label>
      </div>
      <table className="grid">
        <thead>
          <tr>
            <td>Flat</td>
            <td>Size</td>
            <td>Rent</td>
          </tr>
        </thead>
        <tbody>
          {flats.map((f) => (
            <tr key={f.name}>
              <td>{f.name}</td>
              <td>{f.size} m²</td>
              <td>€{f.rent.toLocaleString("en-GB")}/mo</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import React, { useState } from "react";

const PACKAGES = [
  { id: "basic", name: "Basic wash", price: 6, large: 3 },
  { id: "deluxe", name: "Deluxe", price: 10, large: 3 },
  { id: "valet", name: "Valet", price: 25, large: 8 },
];

export default function CarWashPrice() {
  const [pkgId, setPkgId] = useState("basic");
  const [vehicle, setVehicle] = useState("Small car");
  const [shine, setShine] = useState(false);
  const [vacuum, setVacuum] = useState(false);

  const pkg = PACKAGES.find((p) => p.id === pkgId);
  const vacuumIncluded = pkg.id === "valet";
  let total = pkg.price + (vehicle === "SUV or van" ? pkg.large : 0);
  if (shine) total += 2;
  if (vacuum && !vacuumIncluded) total += 4;

  return (
    <div>
      <h2>Suds &amp; Shine price check</h2>
      <fieldset>
        <legend>Package</legend>
        {PACKAGES.map((p) => (
          <label key={p.id}>
            <input type="radio" name="package" checked={pkgId === p.id} onChange={() => setPkgId(p.id)} />
            {p.name} (£{p.price})
          </label>
        ))}
      </fieldset>
      <label>
        Vehicle
        <select value={vehicle} onChange={(e) => setVehicle(e.target.value)}>
          <option>Small car</option>
          <option>SUV or van</option>
        </select>
      </label>
      <fieldset>
        <legend>Extras</legend>
        <label>
          <input type="checkbox" checked={shine} onChange={(e) => setShine(e.target.checked)} />
          Tyre shine (£2)
        </label>
        <label>
          <input
            type="checkbox"
            checked={vacuumIncluded || vacuum}
            disabled={vacuumIncluded}
            onChange={(e) => setVacuum(e.target.checked)}
          />
          Interior vacuum (£4)
        </label>
      </fieldset>
      <p data-testid="wash-total">Total: £{total.toFixed(2)}</p>
    </div>
  );
}

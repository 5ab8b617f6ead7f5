import React, { useMemo, useState } from "react";

type BikeType = "city" | "ebike" | "cargo";

interface Tariff {
  label: string;
  perHour: number;
  dayCap: number;
}

const TARIFFS: Record<BikeType, Tariff> = {
  city: { label: "City bike", perHour: 4, dayCap: 25 },
  ebike: { label: "E-bike", perHour: 9, dayCap: 55 },
  cargo: { label: "Cargo bike", perHour: 12, dayCap: 70 },
};

function quote(type: BikeType, hoursText: string): string {
  const hours = Number(hoursText);
  if (!hoursText.trim() || !Number.isInteger(hours) || hours < 1 || hours > 24) {
    return "Rentals are 1 to 24 hours";
  }
  const { perHour, dayCap } = TARIFFS[type];
  const hourly = hours * perHour;
  return hourly > dayCap ? `Total: €${dayCap.toFixed(2)} (day rate)` : `Total: €${hourly.toFixed(2)}`;
}

export default function BikeRentalQuote(): JSX.Element {
  const [type, setType] = useState<BikeType>("city");
  const [hours, setHours] = useState<string>("");
  const [asked, setAsked] = useState<{ type: BikeType; hours: string } | null>(null);
  const price = useMemo(() => (asked ? quote(asked.type, asked.hours) : ""), [asked]);

  return (
    <div className="rental">
      <h2>Rent a bike</h2>
      <label htmlFor="bike-type">Bike type</label>
      <select id="bike-type" value={type} onChange={(e) => setType(e.target.value as BikeType)}>
        {(Object.keys(TARIFFS) as BikeType[]).map((key) => (
          <option key={key} value={key}>
            {TARIFFS[key].label}
          </option>
        ))}
      </select>
      <label htmlFor="hours">Hours</label>
      <input id="hours" inputMode="numeric" value={hours} onChange={(e) => setHours(e.target.value)} />
      <button onClick={() => setAsked({ type, hours })}>Get price</button>
      {price && <p className="price">{price}</p>}
    </div>
  );
}

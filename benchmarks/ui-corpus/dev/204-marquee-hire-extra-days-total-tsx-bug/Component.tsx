import React, { useState } from "react";

type Size = { id: string; label: string; guests: number; price: number; flooring: number };

const SIZES: Size[] = [
  { id: "s", label: "3m x 6m", guests: 30, price: 180, flooring: 90 },
  { id: "m", label: "6m x 9m", guests: 60, price: 320, flooring: 160 },
  { id: "l", label: "9m x 12m", guests: 110, price: 540, flooring: 260 },
];
const EXTRA_DAY_RATE = 0.25;
const LIGHTING = 45;
const HEATER = 35;
const money = (n: number): string => `£${n.toFixed(2)}`;

export default function MarqueeQuote(): JSX.Element {
  const [sizeId, setSizeId] = useState<string>("s");
  const [days, setDays] = useState<number>(1);
  const [lighting, setLighting] = useState<boolean>(false);
  const [flooring, setFlooring] = useState<boolean>(false);
  const [heaters, setHeaters] = useState<number>(0);

  const size = SIZES.find((s) => s.id === sizeId) as Size;
  const extraDays = days - 1;
  const extraDayPrice = size.price * EXTRA_DAY_RATE;
  const lines: [string, string, number][] = [[`Marquee ${size.label}`, "marquee", size.price]];
  if (extraDays > 0)
    lines.push([`Extra days: ${extraDays} × ${money(extraDayPrice)}`, "extra-days", extraDays * extraDayPrice]);
  if (lighting) lines.push(["Festoon lighting", "lighting", LIGHTING]);
  if (flooring) lines.push(["Flooring", "flooring", size.flooring]);
  if (heaters > 0) lines.push([`Heaters: ${heaters} × ${money(HEATER)}`, "heaters", heaters * HEATER]);
  const total = lines.reduce((sum, [, , amount]) => sum + amount, 0);

  return (
    <main>
      <h1>Big Top Events - marquee hire quote</h1>
      <label htmlFor="size">Marquee size</label>
      <select id="size" value={sizeId} onChange={(e) => setSizeId(e.target.value)}>
        {SIZES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label} (up to {s.guests} guests)
          </option>
        ))}
      </select>
      <label htmlFor="days">Days</label>
      <input id="days" type="number" min={1} max={5} value={days} onChange={(e) => setDays(Math.max(1, Number(e.target.value) || 1))} />
      <small>Each extra day is 25% of the first day's price.</small>
      <label>
        <input type="checkbox" checked={lighting} onChange={(e) => setLighting(e.target.checked)} />
        Festoon lighting
      </label>
      <label>
        <input type="checkbox" checked={flooring} onChange={(e) => setFlooring(e.target.checked)} />
        Flooring
      </label>
      <label htmlFor="heaters">Patio heaters</label>
      <input id="heaters" type="number" min={0} max={6} value={heaters} onChange={(e) => setHeaters(Math.max(0, Number(e.target.value) || 0))} />

      <table aria-label="Quote">
        <tbody>
          {lines.map(([what, id, amount]) => (
            <tr key={id} data-testid={`line-${id}`}>
              <td>{what}</td>
              <td>{money(amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td data-testid="quote-total">{money(total)}</td>
          </tr>
        </tfoot>
      </table>
    </main>
  );
}

import React, { useState } from "react";

type Facing = "South" | "South-east" | "South-west" | "East" | "West" | "North";
type Shading = "None" | "Some" | "Heavy";

const FACINGS: Facing[] = ["South", "South-east", "South-west", "East", "West", "North"];
const YIELD_PER_KWP: Record<Exclude<Facing, "North">, number> = {
  South: 950,
  "South-east": 900,
  "South-west": 900,
  East: 800,
  West: 800,
};
const SHADING: Record<Shading, number> = { None: 1, Some: 0.8, Heavy: 0.6 };
const PANEL_WATTS = 400;

function estimate(facing: Facing, panelsText: string, shading: Shading): string {
  const panels = Number(panelsText);
  if (!Number.isInteger(panels) || panels < 4 || panels > 20) return "Enter between 4 and 20 panels";
  if (facing === "North") return "A north-facing roof is not suitable for panels";
  const kwh = Math.round(((panels * PANEL_WATTS) / 1000) * YIELD_PER_KWP[facing] * SHADING[shading]);
  return `About ${kwh.toLocaleString("en-GB")} kWh a year`;
}

export default function SolarEstimate(): JSX.Element {
  const [facing, setFacing] = useState<Facing>("South");
  const [panels, setPanels] = useState<string>("");
  const [shading, setShading] = useState<Shading>("None");
  const [result, setResult] = useState<string>("");

  return (
    <section>
      <h1>Solar panel estimate</h1>
      <label htmlFor="facing">Roof facing</label>
      <select id="facing" value={facing} onChange={(e) => setFacing(e.target.value as Facing)}>
        {FACINGS.map((f) => (
          <option key={f}>{f}</option>
        ))}
      </select>
      <label htmlFor="panels">Panels</label>
      <input id="panels" type="number" value={panels} onChange={(e) => setPanels(e.target.value)} />
      <label htmlFor="shading">Shading</label>
      <select id="shading" value={shading} onChange={(e) => setShading(e.target.value as Shading)}>
        {(Object.keys(SHADING) as Shading[]).map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <button type="button" onClick={() => setResult(estimate(facing, panels, shading))}>
        Estimate
      </button>
      <p aria-live="polite" data-testid="estimate">
        {result}
      </p>
    </section>
  );
}

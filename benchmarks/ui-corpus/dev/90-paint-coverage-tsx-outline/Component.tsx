import React, { useState } from "react";

const COVERAGE_M2_PER_LITRE = 10;
const TIN_LITRES = 2.5;

interface Estimate {
  litres: number;
  tins: number;
}

function estimate(width: number, height: number, coats: number): Estimate {
  // tenths of a litre, rounded up; the epsilon keeps 5.2 * 2.4 from becoming 12.480000001
  const tenths = Math.ceil((width * height * coats * 10) / COVERAGE_M2_PER_LITRE - 1e-9);
  const litres = tenths / 10;
  return { litres, tins: Math.ceil(litres / TIN_LITRES - 1e-9) };
}

export default function PaintCalculator(): JSX.Element {
  const [width, setWidth] = useState("");
  const [height, setHeight] = useState("");
  const [coats, setCoats] = useState("2");
  const [result, setResult] = useState<Estimate | null>(null);

  const ready = Number(width) > 0 && Number(height) > 0;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setResult(estimate(Number(width), Number(height), Number(coats)));
      }}
    >
      <h1>How much paint do I need?</h1>
      <label htmlFor="wall-width">Wall width (m)</label>
      <input id="wall-width" inputMode="decimal" value={width} onChange={(e) => { setWidth(e.target.value); setResult(null); }} />
      <label htmlFor="wall-height">Wall height (m)</label>
      <input id="wall-height" inputMode="decimal" value={height} onChange={(e) => { setHeight(e.target.value); setResult(null); }} />
      <label htmlFor="coats">Coats</label>
      <select id="coats" value={coats} onChange={(e) => { setCoats(e.target.value); setResult(null); }}>
        <option value="1">1</option>
        <option value="2">2</option>
        <option value="3">3</option>
      </select>
      <button type="submit" disabled={!ready}>
        Calculate
      </button>
      {result && (
        <div className="result">
          <p data-testid="paint-result">You need {result.litres.toFixed(1)} litres</p>
          <p data-testid="tin-advice">
            Buy {result.tins} {result.tins === 1 ? "tin" : "tins"} of {TIN_LITRES} L
          </p>
        </div>
      )}
    </form>
  );
}

import React, { FormEvent, useEffect, useState } from "react";

type Rates = { base: string; rates: Record<string, number> };

function parseAmount(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Number(cleaned);
}

function useRates(): Rates | null {
  const [rates, setRates] = useState<Rates | null>(null);
  useEffect(() => {
    fetch("/api/rates")
      .then((response) => response.json())
      .then((data: Rates) => setRates(data));
  }, []);
  return rates;
}

export default function CurrencyConverter(): JSX.Element {
  const rates = useRates();
  const [amount, setAmount] = useState("");
  const [target, setTarget] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function convert(event: FormEvent): void {
    event.preventDefault();
    if (!rates) return;
    const value = parseAmount(amount);
    const currency = target || Object.keys(rates.rates)[0];
    if (value === null) {
      setError("Enter an amount, e.g. 12.50");
      setResult(null);
      return;
    }
    setError(null);
    setResult(`${value.toFixed(2)} ${rates.base} = ${(value * rates.rates[currency]).toFixed(2)} ${currency}`);
  }

  if (!rates) return <p>Loading exchange rates…</p>;

  return (
    <form onSubmit={convert}>
      <h2>Currency converter</h2>
      <label htmlFor="amount">Amount ({rates.base})</label>
      <input id="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      {error && <p className="error">{error}</p>}
      <label htmlFor="target">Convert to</label>
      <select id="target" value={target} onChange={(e) => setTarget(e.target.value)}>
        {Object.keys(rates.rates).map((code) => (
          <option key={code}>{code}</option>
        ))}
      </select>
      <button type="submit">Convert</button>
      {result && (
        <p role="status" data-testid="conversion">
          {result}
        </p>
      )}
    </form>
  );
}

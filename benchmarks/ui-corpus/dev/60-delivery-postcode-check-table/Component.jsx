import React, { useState } from "react";

const COUNTRIES = {
  "United Kingdom": {
    pattern: /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/,
    format: (code) => `${code.slice(0, -3)} ${code.slice(-3)}`,
    hint: "UK postcodes look like SW1A 1AA",
  },
  Netherlands: {
    pattern: /^\d{4}[A-Z]{2}$/,
    format: (code) => `${code.slice(0, 4)} ${code.slice(4)}`,
    hint: "Dutch postcodes look like 1234 AB",
  },
  "United States": {
    pattern: /^\d{5}$/,
    format: (code) => code,
    hint: "US ZIP codes have 5 digits",
  },
  Germany: null,
};

function checkDelivery(country, raw) {
  const code = raw.replace(/\s+/g, "").toUpperCase();
  if (!code) return "Enter a postcode";
  const rules = COUNTRIES[country];
  if (!rules) return `Sorry, we don't deliver to ${country} yet`;
  if (!rules.pattern.test(code)) return rules.hint;
  return `We deliver to ${rules.format(code)}`;
}

export default function DeliveryCheck() {
  const [country, setCountry] = useState("United Kingdom");
  const [postcode, setPostcode] = useState("");
  const [message, setMessage] = useState("");

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(checkDelivery(country, postcode));
      }}
    >
      <h2>Can we deliver to you?</h2>
      <label htmlFor="country">Country</label>
      <select id="country" value={country} onChange={(e) => setCountry(e.target.value)}>
        {Object.keys(COUNTRIES).map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <label htmlFor="postcode">Postcode</label>
      <input id="postcode" autoComplete="postal-code" value={postcode} onChange={(e) => setPostcode(e.target.value)} />
      <button type="submit">Check delivery</button>
      {message && <p data-testid="delivery-message">{message}</p>}
    </form>
  );
}

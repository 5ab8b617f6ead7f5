import React, { useState } from "react";

const SUBTOTAL = 80;
const CODES = {
  SPRING10: { kind: "percent", value: 10 },
  FREESHIP: { kind: "shipping" },
  WINTER22: { kind: "expired", until: "31 March" },
};

function euros(n) {
  return `€${n.toFixed(2)}`;
}

export default function PromoCode() {
  const [code, setCode] = useState("");
  const [msg, setMsg] = useState(null);

  function apply() {
    const typed = code.trim();
    const promo = CODES[typed.toUpperCase()];
    if (!typed) return setMsg({ ok: false, text: "Please enter a code" });
    if (!promo) return setMsg({ ok: false, text: `"${typed}" is not a valid code` });
    if (promo.kind === "expired") return setMsg({ ok: false, text: `This code expired on ${promo.until}` });
    if (promo.kind === "shipping") return setMsg({ ok: true, text: "Free delivery applied" });
    const total = SUBTOTAL * (1 - promo.value / 100);
    setMsg({ ok: true, text: `${promo.value}% off – new total ${euros(total)}` });
  }

  return (
    <div className="promo">
      <div className="subtotal">Subtotal: {euros(SUBTOTAL)}</div>
      <div className="promo-row">
        <input placeholder="Promo code" value={code} onChange={(e) => setCode(e.target.value)} />
        <button onClick={apply}>Apply</button>
      </div>
      {msg && <div className={msg.ok ? "promo-msg ok" : "promo-msg err"}>{msg.text}</div>}
    </div>
  );
}

import React, { useState } from "react";

const SUBTOTAL = 38;
const DELIVERY_FEE = 4.95;
const STORES = ["Harbour Street", "Mill Lane", "Station Road"];

const money = (n) => `€${n.toFixed(2)}`;

export default function CheckoutDelivery() {
  const [method, setMethod] = useState("");
  const [store, setStore] = useState("");
  const fee = method === "delivery" ? DELIVERY_FEE : 0;

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>How would you like to get your order?</legend>
        <label>
          <input type="radio" name="method" checked={method === "delivery"} onChange={() => setMethod("delivery")} />
          Home delivery
        </label>
        <label>
          <input type="radio" name="method" checked={method === "collect"} onChange={() => setMethod("collect")} />
          Click &amp; collect
        </label>
      </fieldset>

      {method === "" && <p>Choose a delivery method to continue.</p>}

      {method === "delivery" && (
        <div>
          <label htmlFor="street">Street address</label>
          <input id="street" autoComplete="street-address" />
          <label htmlFor="postcode">Postcode</label>
          <input id="postcode" autoComplete="postal-code" />
        </div>
      )}

      {method === "collect" && (
        <div>
          <label htmlFor="store">Pickup store</label>
          <select id="store" value={store} onChange={(e) => setStore(e.target.value)}>
            <option value="">Select a store</option>
            {STORES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
          {store && <p>Collect from {store} from tomorrow 10:00.</p>}
        </div>
      )}

      {method && (
        <dl>
          <dt>Subtotal</dt>
          <dd>{money(SUBTOTAL)}</dd>
          <dt>Delivery</dt>
          <dd data-testid="delivery-cost">{fee === 0 ? "Free" : money(fee)}</dd>
          <dt>Total</dt>
          <dd data-testid="order-total">{money(SUBTOTAL + fee)}</dd>
        </dl>
      )}
    </form>
  );
}

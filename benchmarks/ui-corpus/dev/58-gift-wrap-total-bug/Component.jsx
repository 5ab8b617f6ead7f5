import React, { useState } from "react";

const ITEMS_TOTAL = 42;
const GIFT_WRAP = 3.5;
const MESSAGE_LIMIT = 120;

const euro = (amount) => `€${amount.toFixed(2)}`;

export default function GiftOptions() {
  const [isGift, setIsGift] = useState(false);
  const [message, setMessage] = useState("");
  const [hidePrices, setHidePrices] = useState(true);

  const total = ITEMS_TOTAL + (isGift ? GIFT_WRAP : 0);

  return (
    <div className="checkout-step">
      <h2>Gift options</h2>
      <label>
        <input type="checkbox" checked={isGift} onChange={(e) => setIsGift(e.target.checked)} />
        This order is a gift
      </label>

      {isGift && (
        <fieldset>
          <label htmlFor="gift-message">Gift message</label>
          <textarea
            id="gift-message"
            maxLength={MESSAGE_LIMIT}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
          <small aria-live="polite">{MESSAGE_LIMIT - message.length} characters left</small>
          <label>
            <input type="checkbox" checked={hidePrices} onChange={(e) => setHidePrices(e.target.checked)} />
            Hide prices on the packing slip
          </label>
        </fieldset>
      )}

      <aside aria-label="Order summary">
        <ul>
          <li>
            Items <span>{euro(ITEMS_TOTAL)}</span>
          </li>
          {isGift && (
            <li>
              Gift wrapping <span>{euro(GIFT_WRAP)}</span>
            </li>
          )}
          <li data-testid="order-total">
            Total <strong>{euro(total)}</strong>
          </li>
        </ul>
      </aside>
    </div>
  );
}

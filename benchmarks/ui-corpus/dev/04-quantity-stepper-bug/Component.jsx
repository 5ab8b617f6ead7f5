import React, { useState } from "react";

export default function QuantityStepper() {
  const [quantity, setQuantity] = useState(1);
  const max = 5;
  return (
    <div>
      <h3>Ceramic mug</h3>
      <div role="group" aria-label="Quantity">
        <button aria-label="Decrease quantity" disabled={quantity <= 1} onClick={() => setQuantity(quantity - 1)}>
          -
        </button>
        <span data-testid="quantity">{quantity}</span>
        <button aria-label="Increase quantity" disabled={quantity >= max} onClick={() => setQuantity(quantity + 1)}>
          +
        </button>
      </div>
      {quantity === max && <p role="status">Limit of {max} per order reached</p>}
      <button>Add {quantity} to basket</button>
    </div>
  );
}

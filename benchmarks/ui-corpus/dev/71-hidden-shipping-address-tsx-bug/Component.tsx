import React, { useState } from "react";

interface Address {
  street: string;
  city: string;
  postcode: string;
}

const EMPTY: Address = { street: "", city: "", postcode: "" };

function missing(address: Address, prefix: string): string[] {
  // "Street is required" for billing, "Shipping street is required" for shipping
  const name = (field: string) => (prefix ? `${prefix} ${field}` : field[0].toUpperCase() + field.slice(1));
  const out: string[] = [];
  if (!address.street.trim()) out.push(`${name("street")} is required`);
  if (!address.city.trim()) out.push(`${name("city")} is required`);
  if (!/^\d{4,5}$/.test(address.postcode.trim())) out.push(`${name("postcode")} must be 4 or 5 digits`);
  return out;
}

function useAddress(): [Address, (key: keyof Address) => (e: React.ChangeEvent<HTMLInputElement>) => void] {
  const [address, setAddress] = useState<Address>(EMPTY);
  const bind = (key: keyof Address) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setAddress((a) => ({ ...a, [key]: e.target.value }));
  return [address, bind];
}

export default function CheckoutAddress(): JSX.Element {
  const [name, setName] = useState("");
  const [billing, bindBilling] = useAddress();
  const [shipping, bindShipping] = useAddress();
  const [separate, setSeparate] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [placed, setPlaced] = useState(false);

  function placeOrder() {
    const found = [
      ...(name.trim() ? [] : ["Name is required"]),
      ...missing(billing, ""),
      ...(separate ? missing(shipping, "Shipping") : []),
    ];
    setErrors(found);
    setPlaced(found.length === 0);
  }

  return (
    <div className="checkout">
      <div className="section-title">Billing address</div>
      <input placeholder="Full name" value={name} onChange={(e) => setName(e.target.value)} />
      <input placeholder="Street and number" value={billing.street} onChange={bindBilling("street")} />
      <input placeholder="City" value={billing.city} onChange={bindBilling("city")} />
      <input placeholder="Postcode" value={billing.postcode} onChange={bindBilling("postcode")} />
      <label className="inline">
        <input type="checkbox" checked={separate} onChange={(e) => setSeparate(e.target.checked)} />
        Ship to a different address
      </label>
      {separate && (
        <div className="shipping">
          <input placeholder="Shipping street" value={shipping.street} onChange={bindShipping("street")} />
          <input placeholder="Shipping city" value={shipping.city} onChange={bindShipping("city")} />
          <input placeholder="Shipping postcode" value={shipping.postcode} onChange={bindShipping("postcode")} />
        </div>
      )}
      <button className="btn-primary" onClick={placeOrder}>
        Place order
      </button>
      {errors.map((e) => (
        <div className="err" key={e}>
          {e}
        </div>
      ))}
      {placed && <div className="success">Thanks! Order placed.</div>}
    </div>
  );
}

import React, { createContext, useContext, useState } from "react";

const FormContext = createContext({ values: {}, update: () => {} });

function Card(props) {
  return (
    <section aria-label={props.title}>
      <h3>{props.title}</h3>
      {props.children}
    </section>
  );
}

function TextField({ name, label }) {
  const { values, update } = useContext(FormContext);
  return (
    <p>
      <label htmlFor={name}>{label}</label>
      <input id={name} value={values[name] || ""} onChange={(e) => update(name, e.target.value)} />
    </p>
  );
}

function PrimaryButton({ children, onClick }) {
  return (
    <button type="button" className="primary" onClick={onClick}>
      {children}
    </button>
  );
}

export default function ShippingAddress() {
  const [values, setValues] = useState({});
  const [saved, setSaved] = useState(null);
  const update = (name, value) => setValues({ ...values, [name]: value });
  const missing = ["street", "city"].filter((name) => !(values[name] || "").trim());

  return (
    <FormContext.Provider value={{ values, update }}>
      <Card title="Shipping address">
        <TextField name="street" label="Street and number" />
        <TextField name="city" label="Town or city" />
        <TextField name="postcode" label="Postcode (optional)" />
      </Card>
      <PrimaryButton onClick={() => setSaved(missing.length ? "" : `${values.street}, ${values.city}`)}>
        Use this address
      </PrimaryButton>
      {saved === "" && <p role="alert">Street and town are both needed.</p>}
      {saved && <p role="status">Shipping to {saved}</p>}
    </FormContext.Provider>
  );
}

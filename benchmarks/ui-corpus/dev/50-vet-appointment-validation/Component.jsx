import React, { useState } from "react";

const SPECIES = ["Dog", "Cat", "Rabbit", "Guinea pig", "Other"];
const EMPTY = { petName: "", species: "Dog", weight: "", phone: "" };

function validate(form) {
  const errors = {};
  if (!form.petName.trim()) errors.petName = "Please tell us your pet's name";
  const weight = Number(form.weight.replace(",", "."));
  if (form.weight.trim() === "" || Number.isNaN(weight) || weight < 0.1 || weight > 90) {
    errors.weight = "Weight must be between 0.1 and 90 kg";
  }
  if (!/^\+?[0-9 ]{7,16}$/.test(form.phone.trim())) errors.phone = "Enter a phone number we can call";
  return errors;
}

function FieldError({ id, message }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

export default function VetAppointment() {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [bookedFor, setBookedFor] = useState(null);

  const update = (field) => (event) => setForm({ ...form, [field]: event.target.value });

  function submit(event) {
    event.preventDefault();
    const found = validate(form);
    setErrors(found);
    setBookedFor(Object.keys(found).length === 0 ? form.petName.trim() : null);
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2>Request a vet appointment</h2>

      <label htmlFor="pet-name">Pet name</label>
      <input id="pet-name" value={form.petName} onChange={update("petName")} aria-describedby="pet-name-error" />
      <FieldError id="pet-name-error" message={errors.petName} />

      <label htmlFor="species">Species</label>
      <select id="species" value={form.species} onChange={update("species")}>
        {SPECIES.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>

      <label htmlFor="weight">Weight (kg)</label>
      <input id="weight" inputMode="decimal" value={form.weight} onChange={update("weight")} aria-describedby="weight-error" />
      <FieldError id="weight-error" message={errors.weight} />

      <label htmlFor="phone">Phone number</label>
      <input id="phone" type="tel" value={form.phone} onChange={update("phone")} aria-describedby="phone-error" />
      <FieldError id="phone-error" message={errors.phone} />

      <button type="submit">Request appointment</button>
      {bookedFor && <p role="status">Thanks! We'll call you to confirm {bookedFor}'s appointment.</p>}
    </form>
  );
}

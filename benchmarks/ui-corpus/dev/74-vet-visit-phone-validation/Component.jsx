import React, { useState } from "react";

const SPECIES = ["Dog", "Cat", "Rabbit", "Other"];

export default function VetVisitForm() {
  const [pet, setPet] = useState("");
  const [species, setSpecies] = useState("Dog");
  const [otherSpecies, setOtherSpecies] = useState("");
  const [phone, setPhone] = useState("");
  const [errors, setErrors] = useState({});
  const [booked, setBooked] = useState(null);

  function book(e) {
    e.preventDefault();
    const next = {};
    const digits = phone.replace(/[\s-]/g, "");
    if (!pet.trim()) next.pet = "Please enter your pet's name";
    if (species === "Other" && !otherSpecies.trim()) next.species = "Tell us the species";
    if (!/^\+?\d+$/.test(digits)) next.phone = "Use digits only for the phone number";
    else if (digits.replace("+", "").length < 9) next.phone = "Phone number looks too short";
    setErrors(next);
    if (Object.keys(next).length === 0) {
      const kind = species === "Other" ? otherSpecies.trim() : species;
      setBooked({ pet: pet.trim(), kind: kind.toLowerCase(), phone: digits });
    } else {
      setBooked(null);
    }
  }

  return (
    <form onSubmit={book} noValidate className="vet-form">
      <h2>Book a vet visit</h2>
      <label htmlFor="pet-name">Pet's name</label>
      <input id="pet-name" value={pet} onChange={(e) => setPet(e.target.value)} />
      {errors.pet && <div className="field-error">{errors.pet}</div>}

      <label htmlFor="species">Species</label>
      <select id="species" value={species} onChange={(e) => setSpecies(e.target.value)}>
        {SPECIES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      {species === "Other" && (
        <input placeholder="Which species?" value={otherSpecies} onChange={(e) => setOtherSpecies(e.target.value)} />
      )}
      {errors.species && <div className="field-error">{errors.species}</div>}

      <input placeholder="Phone number" value={phone} onChange={(e) => setPhone(e.target.value)} />
      {errors.phone && <div className="field-error">{errors.phone}</div>}

      <button type="submit">Book appointment</button>
      {booked && (
        <div className="banner">
          Appointment requested for {booked.pet} ({booked.kind}). We'll call you on {booked.phone}.
        </div>
      )}
    </form>
  );
}

import React, { useState } from "react";

const SPECIES = ["Cat", "Dog", "Rabbit"];
const MONTHLY = { Cat: 9.5, Rabbit: 6 };
const DOG_MONTHLY = { Small: 14, Large: 21 };

function premium(species, years, breedSize) {
  if (species === "Dog") return DOG_MONTHLY[breedSize] * (years >= 9 ? 2 : 1);
  if (species === "Cat") return MONTHLY.Cat * (years >= 9 ? 1.5 : 1);
  return MONTHLY.Rabbit;
}

export default function PetInsuranceQuote() {
  const [species, setSpecies] = useState("Cat");
  const [age, setAge] = useState("");
  const [breedSize, setBreedSize] = useState("Small");
  const [result, setResult] = useState(null);

  function quote(event) {
    event.preventDefault();
    const years = Number(age);
    if (age.trim() === "" || !Number.isInteger(years) || years < 0) {
      setResult({ ok: false, text: "Enter the pet's age in whole years" });
    } else if (species === "Rabbit" && years > 6) {
      setResult({ ok: false, text: "Rabbits over 6 cannot be insured online" });
    } else {
      setResult({ ok: true, text: `Monthly premium: £${premium(species, years, breedSize).toFixed(2)}` });
    }
  }

  return (
    <form onSubmit={quote}>
      <h2>Pet insurance quote</h2>
      <label htmlFor="species">Species</label>
      <select
        id="species"
        value={species}
        onChange={(e) => {
          setSpecies(e.target.value);
          setResult(null);
        }}
      >
        {SPECIES.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <label htmlFor="pet-age">Age</label>
      <input id="pet-age" inputMode="numeric" value={age} onChange={(e) => setAge(e.target.value)} />
      {species === "Dog" && (
        <>
          <label htmlFor="breed-size">Breed size</label>
          <select id="breed-size" value={breedSize} onChange={(e) => setBreedSize(e.target.value)}>
            <option>Small</option>
            <option>Large</option>
          </select>
        </>
      )}
      <button type="submit">Get quote</button>
      {result && (
        <p role={result.ok ? "status" : "alert"} data-testid="quote">
          {result.text}
        </p>
      )}
    </form>
  );
}

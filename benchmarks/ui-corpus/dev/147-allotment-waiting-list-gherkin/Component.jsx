import React, { useState } from "react";

export default function AllotmentWaitingList() {
  const [people, setPeople] = useState([
    { name: "Tom Reed", size: "Full plot" },
    { name: "Jo Marsh", size: "Half plot" },
  ]);
  const [name, setName] = useState("");
  const [postcode, setPostcode] = useState("");
  const [size, setSize] = useState("Full plot");
  const [error, setError] = useState("");

  function join(event) {
    event.preventDefault();
    const who = name.trim();
    const pc = postcode.trim().toUpperCase();
    if (!who) return setError("Please enter your name");
    if (!/^BS\d/.test(pc)) return setError("Sorry, only residents with a Bristol (BS) postcode can join the list");
    setPeople([...people, { name: who, size }]);
    setName("");
    setPostcode("");
    setSize("Full plot");
    setError("");
  }

  return (
    <section>
      <h2>Redland Green allotments – waiting list</h2>
      <p data-testid="waiting-count">
        {people.length} {people.length === 1 ? "person" : "people"} waiting
      </p>
      <ol aria-label="Waiting list">
        {people.map((p, i) => (
          <li key={p.name}>
            <strong>{i + 1}.</strong> {p.name} – {p.size}{" "}
            <button onClick={() => setPeople(people.filter((q) => q !== p))}>Withdraw</button>
          </li>
        ))}
      </ol>
      <form onSubmit={join}>
        <h3>Add me to the list</h3>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Postcode
          <input value={postcode} onChange={(e) => setPostcode(e.target.value)} />
        </label>
        <fieldset>
          <legend>Plot size</legend>
          {["Full plot", "Half plot"].map((s) => (
            <label key={s}>
              <input type="radio" name="size" checked={size === s} onChange={() => setSize(s)} />
              {s}
            </label>
          ))}
        </fieldset>
        <button type="submit">Join list</button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

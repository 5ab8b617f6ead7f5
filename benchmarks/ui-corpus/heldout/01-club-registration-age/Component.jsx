import React, { useState } from "react";

export default function ClubRegistration() {
  const [fullName, setFullName] = useState("");
  const [age, setAge] = useState("");
  const [rules, setRules] = useState(false);
  const [errors, setErrors] = useState([]);
  const [member, setMember] = useState("");

  function register(event) {
    event.preventDefault();
    const found = [];
    if (!fullName.trim()) found.push("Full name is required.");
    const years = Number(age);
    if (!age || !Number.isInteger(years) || years < 16) found.push("Members must be at least 16.");
    if (!rules) found.push("Please accept the club rules.");
    setErrors(found);
    if (found.length === 0) setMember(fullName.trim());
  }

  if (member) return <h2>Welcome to the rowing club, {member}</h2>;
  return (
    <form onSubmit={register} noValidate>
      <label htmlFor="full-name">Full name</label>
      <input id="full-name" value={fullName} onChange={(e) => setFullName(e.target.value)} />
      <label htmlFor="member-age">Age</label>
      <input id="member-age" type="number" value={age} onChange={(e) => setAge(e.target.value)} />
      <label>
        <input type="checkbox" checked={rules} onChange={(e) => setRules(e.target.checked)} />I accept the club rules
      </label>
      {errors.length > 0 && (
        <div role="alert">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
      <button type="submit">Register</button>
    </form>
  );
}

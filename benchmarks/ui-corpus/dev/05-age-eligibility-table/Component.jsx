import React, { useState } from "react";

export default function AgeCheck() {
  const [age, setAge] = useState("");
  const [result, setResult] = useState(null);

  function check(event) {
    event.preventDefault();
    const years = Number(age);
    if (age.trim() === "" || !Number.isInteger(years)) {
      setResult({ ok: false, text: "Age must be a whole number" });
    } else if (years < 18) {
      setResult({ ok: false, text: "You must be 18 or older to sign up" });
    } else if (years > 120) {
      setResult({ ok: false, text: "Please enter a realistic age" });
    } else {
      setResult({ ok: true, text: `Welcome aboard, you are eligible at ${years}` });
    }
  }

  return (
    <form onSubmit={check}>
      <label htmlFor="age">Age</label>
      <input id="age" inputMode="numeric" value={age} onChange={(e) => setAge(e.target.value)} />
      <button type="submit">Check eligibility</button>
      {result && <p role={result.ok ? "status" : "alert"}>{result.text}</p>}
    </form>
  );
}

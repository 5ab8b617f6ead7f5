import React, { useState } from "react";

const CLASSES = ["5A", "5B", "5C", "6A", "6B"];

export default function TripConsentForm() {
  const [pupil, setPupil] = useState("");
  const [cls, setCls] = useState("");
  const [going, setGoing] = useState("");
  const [phone, setPhone] = useState("");
  const [medical, setMedical] = useState(false);
  const [details, setDetails] = useState("");
  const [conduct, setConduct] = useState(false);
  const [errors, setErrors] = useState([]);
  const [sent, setSent] = useState("");

  function submit(e) {
    e.preventDefault();
    const problems = [];
    if (!pupil.trim()) problems.push("Enter your child's name");
    if (!cls) problems.push("Choose your child's class");
    if (!going) problems.push("Tell us whether your child can go on the trip");
    if (!/^07\d{9}$/.test(phone.replace(/\s/g, ""))) problems.push("Enter a mobile number like 07700 900123");
    if (medical && !details.trim()) problems.push("Please tell us about the allergies or medication");
    setErrors(problems);
    if (problems.length) {
      setSent("");
      return;
    }
    setSent(
      going === "yes"
        ? `Thank you - consent received for ${pupil.trim()} (${cls}) to join the Science Museum trip.`
        : `Thank you - we have noted that ${pupil.trim()} (${cls}) will not join the trip.`
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <h1>Science Museum trip - 14 May</h1>
      <p>Please return this form by Friday.</p>
      <label htmlFor="pupil">Pupil's name</label>
      <input id="pupil" value={pupil} onChange={(e) => setPupil(e.target.value)} />

      <label htmlFor="cls">Class</label>
      <select id="cls" value={cls} onChange={(e) => setCls(e.target.value)}>
        <option value="">Choose…</option>
        {CLASSES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>

      <fieldset>
        <legend>May your child go on the trip?</legend>
        <label>
          <input type="radio" name="going" checked={going === "yes"} onChange={() => setGoing("yes")} /> Yes
        </label>
        <label>
          <input type="radio" name="going" checked={going === "no"} onChange={() => setGoing("no")} /> No
        </label>
      </fieldset>

      <label htmlFor="phone">Emergency contact number</label>
      <input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />

      <label>
        <input type="checkbox" checked={medical} onChange={(e) => setMedical(e.target.checked)} />
        My child has allergies or takes medication
      </label>
      {medical && (
        <>
          <label htmlFor="details">Allergy and medication details</label>
          <textarea id="details" value={details} onChange={(e) => setDetails(e.target.value)} />
        </>
      )}

      <label>
        <input type="checkbox" checked={conduct} onChange={(e) => setConduct(e.target.checked)} />
        I have read the trip code of conduct with my child
      </label>

      {errors.length > 0 && (
        <ul role="alert" aria-label="Problems with the form">
          {errors.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}

      <button type="submit" disabled={!conduct}>
        Send consent
      </button>
      {sent && <p role="status">{sent}</p>}
    </form>
  );
}

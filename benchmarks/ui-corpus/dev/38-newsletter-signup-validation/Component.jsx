import React, { useState } from "react";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function problemsWith(form) {
  const problems = [];
  if (!form.name.trim()) problems.push("Enter your full name");
  if (!EMAIL.test(form.email.trim())) problems.push("Enter a valid email address");
  if (!form.consent) problems.push("You must agree to receive emails");
  return problems;
}

export default function NewsletterSignup() {
  const [form, setForm] = useState({ name: "", email: "", frequency: "weekly", consent: false });
  const [problems, setProblems] = useState([]);
  const [subscribed, setSubscribed] = useState(null);

  const update = (field) => (event) => {
    const value = event.target.type === "checkbox" ? event.target.checked : event.target.value;
    setForm({ ...form, [field]: value });
  };

  function submit(event) {
    event.preventDefault();
    const found = problemsWith(form);
    setProblems(found);
    setSubscribed(found.length === 0 ? { ...form } : null);
  }

  return (
    <form noValidate onSubmit={submit}>
      <h2>Get the Saturday Reader</h2>
      {problems.length > 0 && (
        <div role="alert">
          <p>Please fix the following:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <label htmlFor="nl-name">Full name</label>
      <input id="nl-name" value={form.name} onChange={update("name")} />
      <label htmlFor="nl-email">Email address</label>
      <input id="nl-email" type="email" value={form.email} onChange={update("email")} />
      <label htmlFor="nl-frequency">How often?</label>
      <select id="nl-frequency" value={form.frequency} onChange={update("frequency")}>
        <option value="weekly">Weekly</option>
        <option value="monthly">Monthly</option>
      </select>
      <label>
        <input type="checkbox" checked={form.consent} onChange={update("consent")} />
        I agree to receive emails
      </label>
      <button type="submit">Subscribe</button>
      {subscribed && (
        <p role="status">
          Thanks, {subscribed.name.trim().split(" ")[0]}! We'll email {subscribed.email.trim()} {subscribed.frequency}.
        </p>
      )}
    </form>
  );
}

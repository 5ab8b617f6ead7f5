import React, { useState } from "react";

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

export default function ContactForm() {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState([]);
  const [sent, setSent] = useState(false);

  function submit(event) {
    event.preventDefault();
    const found = [];
    if (!name.trim()) found.push("Please tell us your name");
    if (!EMAIL.test(email)) found.push("Enter a valid email address");
    if (message.trim().length < 10) found.push("Message must be at least 10 characters");
    setErrors(found);
    setSent(found.length === 0);
  }

  if (sent) {
    return <h2>Thanks, {name.trim()}! We will reply within two working days.</h2>;
  }
  return (
    <form onSubmit={submit} noValidate>
      <h2>Contact us</h2>
      <label htmlFor="contact-name">Your name</label>
      <input id="contact-name" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="contact-email">Email</label>
      <input id="contact-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="contact-message">Message</label>
      <textarea id="contact-message" value={message} onChange={(e) => setMessage(e.target.value)} />
      {errors.length > 0 && (
        <ul role="alert" aria-label="Form errors">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <button type="submit">Send message</button>
    </form>
  );
}

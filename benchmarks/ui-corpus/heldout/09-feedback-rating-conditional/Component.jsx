import React, { useState } from "react";

export default function ServiceFeedback() {
  const [rating, setRating] = useState("");
  const [details, setDetails] = useState("");
  const [note, setNote] = useState("");
  const unhappy = rating === "poor";

  function send() {
    if (!rating) return setNote("Pick a rating first");
    if (unhappy && details.trim().length === 0) return setNote("Tell us what went wrong");
    setNote("Thank you for your feedback");
  }

  return (
    <div>
      <label>
        How was the service?
        <select value={rating} onChange={(e) => setRating(e.target.value)}>
          <option value="">Choose…</option>
          <option value="great">Great</option>
          <option value="ok">Okay</option>
          <option value="poor">Poor</option>
        </select>
      </label>
      {unhappy && (
        <label>
          What went wrong?
          <textarea value={details} onChange={(e) => setDetails(e.target.value)} />
        </label>
      )}
      <button onClick={send}>Send feedback</button>
      {note && <p data-testid="feedback-note">{note}</p>}
    </div>
  );
}

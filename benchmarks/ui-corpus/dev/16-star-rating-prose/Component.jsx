import React, { useState } from "react";

export default function StarRating() {
  const [rating, setRating] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  if (submitted) return <p role="status">Thanks for rating us {rating} out of 5</p>;
  return (
    <div>
      <h2>How was your stay?</h2>
      <div role="radiogroup" aria-label="Rating">
        {[1, 2, 3, 4, 5].map((n) => (
          <button key={n} role="radio" aria-checked={rating === n} aria-label={`${n} stars`} onClick={() => setRating(n)}>
            {n <= rating ? "★" : "☆"}
          </button>
        ))}
      </div>
      <p data-testid="rating-text">{rating ? `You rated ${rating} out of 5` : "No rating yet"}</p>
      <button disabled={rating === 0} onClick={() => setSubmitted(true)}>
        Submit rating
      </button>
    </div>
  );
}

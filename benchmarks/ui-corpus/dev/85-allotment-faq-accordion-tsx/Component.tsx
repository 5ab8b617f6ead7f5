import React, { useReducer } from "react";

interface Faq {
  id: string;
  question: string;
  answer: string;
}

const FAQS: Faq[] = [
  { id: "waiting", question: "How long is the waiting list?", answer: "Usually 12 to 18 months. We email you when a plot frees up." },
  { id: "bees", question: "Can I keep bees on my plot?", answer: "Only with written permission from the committee." },
  { id: "water", question: "Is water included in the rent?", answer: "Yes, the standpipes are free to use from April to October." },
];

type Action = { type: "toggle"; id: string };

function openReducer(open: string | null, action: Action): string | null {
  return open === action.id ? null : action.id;
}

export default function AllotmentFaq(): JSX.Element {
  const [open, dispatch] = useReducer(openReducer, null);
  return (
    <section className="faq">
      <h1>Allotment FAQ</h1>
      {FAQS.map((f) => {
        const expanded = open === f.id;
        return (
          <div key={f.id} className="faq-item">
            <h3>
              <button
                id={`q-${f.id}`}
                aria-expanded={expanded}
                aria-controls={`a-${f.id}`}
                onClick={() => dispatch({ type: "toggle", id: f.id })}
              >
                {f.question}
              </button>
            </h3>
            <div id={`a-${f.id}`} role="region" aria-labelledby={`q-${f.id}`} hidden={!expanded}>
              <p>{f.answer}</p>
            </div>
          </div>
        );
      })}
    </section>
  );
}

import React, { useState } from "react";

const QUESTIONS = [
  {
    id: "planet",
    text: "Which planet is known as the Red Planet?",
    options: ["Venus", "Mars", "Jupiter"],
    answer: "Mars",
    correction: "The Red Planet is Mars",
  },
  {
    id: "spider",
    text: "How many legs does a spider have?",
    options: ["6", "8", "10"],
    answer: "8",
    correction: "A spider has 8 legs",
  },
  {
    id: "ocean",
    text: "What is the largest ocean on Earth?",
    options: ["Atlantic", "Indian", "Pacific"],
    answer: "Pacific",
    correction: "The largest ocean is the Pacific",
  },
];

function StartScreen({ onStart }) {
  return (
    <section>
      <h1>Friday pub quiz</h1>
      <p>Round 1: general knowledge · {QUESTIONS.length} questions · no time limit</p>
      <button onClick={onStart}>Start quiz</button>
    </section>
  );
}

function QuestionScreen({ answers, onAnswer, onSubmit, error }) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h1>Round 1</h1>
      {QUESTIONS.map((q, i) => (
        <fieldset key={q.id}>
          <legend>
            {i + 1}. {q.text}
          </legend>
          {q.options.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={q.id}
                value={option}
                checked={answers[q.id] === option}
                onChange={() => onAnswer(q.id, option)}
              />
              {option}
            </label>
          ))}
        </fieldset>
      ))}
      {error && <p role="alert">{error}</p>}
      <button type="submit">Submit answers</button>
    </form>
  );
}

function ResultScreen({ answers, onRestart }) {
  const wrong = QUESTIONS.filter((q) => answers[q.id] !== q.answer);
  return (
    <section>
      <h1>Results</h1>
      <p data-testid="score">
        You scored {QUESTIONS.length - wrong.length} out of {QUESTIONS.length}
      </p>
      {wrong.length > 0 && (
        <>
          <h2>Corrections</h2>
          <ul aria-label="Corrections">
            {wrong.map((q) => (
              <li key={q.id}>{q.correction}</li>
            ))}
          </ul>
        </>
      )}
      <button onClick={onRestart}>Play again</button>
    </section>
  );
}

export default function PubQuiz() {
  const [screen, setScreen] = useState("start");
  const [answers, setAnswers] = useState({});
  const [error, setError] = useState("");

  const submit = () => {
    const missing = QUESTIONS.filter((q) => !answers[q.id]).length;
    if (missing > 0) {
      setError(
        `Please answer every question – ${missing} ${missing === 1 ? "question" : "questions"} still unanswered.`
      );
      return;
    }
    setError("");
    setScreen("results");
  };

  if (screen === "start") {
    return <StartScreen onStart={() => setScreen("questions")} />;
  }
  if (screen === "questions") {
    return (
      <QuestionScreen
        answers={answers}
        onAnswer={(id, option) => setAnswers({ ...answers, [id]: option })}
        onSubmit={submit}
        error={error}
      />
    );
  }
  return (
    <ResultScreen
      answers={answers}
      onRestart={() => {
        setAnswers({});
        setScreen("start");
      }}
    />
  );
}

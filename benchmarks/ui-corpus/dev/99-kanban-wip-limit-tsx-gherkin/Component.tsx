import React, { useReducer } from "react";

type ColumnId = "todo" | "doing" | "done";

interface Card {
  id: number;
  title: string;
  column: ColumnId;
}

interface BoardState {
  cards: Card[];
  warning: string;
}

type Action = { type: "move"; id: number; to: ColumnId };

const WIP_LIMIT = 3;

const COLUMNS: { id: ColumnId; title: string }[] = [
  { id: "todo", title: "To do" },
  { id: "doing", title: "In progress" },
  { id: "done", title: "Done" },
];

const INITIAL: BoardState = {
  cards: [
    { id: 1, title: "Write release notes", column: "todo" },
    { id: 2, title: "Fix login redirect", column: "todo" },
    { id: 3, title: "Update app store screenshots", column: "todo" },
    { id: 4, title: "Review pricing page", column: "doing" },
    { id: 5, title: "Migrate CI runners", column: "doing" },
    { id: 6, title: "Rotate API keys", column: "done" },
  ],
  warning: "",
};

function reducer(state: BoardState, action: Action): BoardState {
  const inProgress = state.cards.filter((c) => c.column === "doing").length;
  if (action.to === "doing" && inProgress >= WIP_LIMIT) {
    return {
      ...state,
      warning: `In progress is full (${WIP_LIMIT} of ${WIP_LIMIT}). Finish a card before starting another.`,
    };
  }
  // A moved card goes to the bottom of its new column.
  const moved = state.cards.find((c) => c.id === action.id);
  const others = state.cards.filter((c) => c.id !== action.id);
  return {
    warning: "",
    cards: moved ? [...others, { ...moved, column: action.to }] : others,
  };
}

export default function KanbanBoard(): JSX.Element {
  const [state, dispatch] = useReducer(reducer, INITIAL);

  return (
    <main>
      <h1>Team board</h1>
      {state.warning && <p role="alert">{state.warning}</p>}
      <div style={{ display: "flex", gap: "1rem" }}>
        {COLUMNS.map((column) => {
          const cards = state.cards.filter((c) => c.column === column.id);
          return (
            <section key={column.id} aria-label={column.title}>
              <h2>
                {column.title}{" "}
                <small>{column.id === "doing" ? `${cards.length}/${WIP_LIMIT}` : cards.length}</small>
              </h2>
              <ul>
                {cards.map((card) => (
                  <li key={card.id}>
                    <span>{card.title}</span>
                    {column.id === "todo" && (
                      <button
                        aria-label={`Start ${card.title}`}
                        onClick={() => dispatch({ type: "move", id: card.id, to: "doing" })}
                      >
                        Start
                      </button>
                    )}
                    {column.id === "doing" && (
                      <button
                        aria-label={`Finish ${card.title}`}
                        onClick={() => dispatch({ type: "move", id: card.id, to: "done" })}
                      >
                        Finish
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </main>
  );
}

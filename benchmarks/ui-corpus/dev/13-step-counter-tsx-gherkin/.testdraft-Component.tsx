import React, { useReducer } from "react";

type State = { count: number; step: number };
type Action = { type: "add" } | { type: "subtract" } | { type: "reset" } | { type: "step"; step: number };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "add":
      return { ...state, count: state.count + state.step };
    case "subtract":
      return { ...state, count: Math.max(0, state.count - state.step) };
    case "reset":
      return { ...state, count: 0 };
    case "step":
      return { ...state, step: action.step };
  }
}

export default function StepCounter(): JSX.Element {
  const [state, dispatch] = useReducer(reducer, { count: 0, step: 1 });
  return (
    <div>
      <h2>Pages read today</h2>
      <output aria-label="Pages read">{state.count}</output>
      <label>
        Step
        <select value={state.step} onChange={(e) => dispatch({ type: "step", step: Number(e.target.value) })}>
          <option value={1}>1</option>
          <option value={5}>5</option>
          <option value={10}>10</option>
        </select>
      </label>
      <button onClick={() => dispatch({ type: "add" })}>Add pages</button>
      <button onClick={() => dispatch({ type: "subtract" })}>Remove pages</button>
      <button onClick={() => dispatch({ type: "reset" })} disabled={state.count === 0}>
        Reset
      </button>
    </div>
  );
}

import React, { createContext, Dispatch, MouseEvent, useContext, useReducer } from "react";

interface Recipe {
  id: string;
  name: string;
  minutes: number;
  ingredients: string[];
}

const RECIPES: Recipe[] = [
  { id: "lentil-soup", name: "Lentil soup", minutes: 35, ingredients: ["Red lentils", "Carrots", "Vegetable stock"] },
  { id: "shakshuka", name: "Shakshuka", minutes: 25, ingredients: ["Eggs", "Tinned tomatoes", "Peppers", "Cumin"] },
];

type Route = { page: "recipes" } | { page: "recipe"; id: string } | { page: "shopping" };
interface State {
  route: Route;
  shopping: string[];
}
type Action = { type: "go"; route: Route } | { type: "add"; items: string[] };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "go":
      return { ...state, route: action.route };
    case "add":
      return { ...state, shopping: [...state.shopping, ...action.items.filter((i) => !state.shopping.includes(i))] };
  }
}

const AppContext = createContext<{ state: State; dispatch: Dispatch<Action> } | null>(null);

function useApp() {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error("useApp outside provider");
  return ctx;
}

function Link({ to, children }: { to: Route; children: React.ReactNode }) {
  const { dispatch } = useApp();
  const follow = (e: MouseEvent) => {
    e.preventDefault();
    dispatch({ type: "go", route: to });
  };
  return (
    <a href="#" onClick={follow}>
      {children}
    </a>
  );
}

function RecipeList() {
  return (
    <>
      <h1>Recipes</h1>
      {RECIPES.map((r) => (
        <article key={r.id} className="card">
          <h3>
            <Link to={{ page: "recipe", id: r.id }}>{r.name}</Link>
          </h3>
          <p>{r.minutes} min</p>
        </article>
      ))}
    </>
  );
}

function RecipePage({ id }: { id: string }) {
  const { dispatch } = useApp();
  const recipe = RECIPES.find((r) => r.id === id);
  if (!recipe) return <h1>Recipe not found</h1>;
  return (
    <>
      <Link to={{ page: "recipes" }}>Back to recipes</Link>
      <h1>{recipe.name}</h1>
      <h2 id="ingredients-title">Ingredients</h2>
      <ul aria-labelledby="ingredients-title">
        {recipe.ingredients.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      <button onClick={() => dispatch({ type: "add", items: recipe.ingredients })}>
        Add ingredients to shopping list
      </button>
    </>
  );
}

function ShoppingList() {
  const { state } = useApp();
  return (
    <>
      <h1>Shopping list</h1>
      {state.shopping.length === 0 ? (
        <p>Nothing to buy yet.</p>
      ) : (
        <ul>
          {state.shopping.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Screen() {
  const { state } = useApp();
  const route = state.route;
  if (route.page === "recipe") return <RecipePage id={route.id} />;
  if (route.page === "shopping") return <ShoppingList />;
  return <RecipeList />;
}

export default function RecipeBox(): JSX.Element {
  const [state, dispatch] = useReducer(reducer, { route: { page: "recipes" }, shopping: [] });
  return (
    <AppContext.Provider value={{ state, dispatch }}>
      <nav className="topbar">
        <Link to={{ page: "recipes" }}>All recipes</Link>
        <Link to={{ page: "shopping" }}>Shopping list ({state.shopping.length})</Link>
      </nav>
      <main>
        <Screen />
      </main>
    </AppContext.Provider>
  );
}

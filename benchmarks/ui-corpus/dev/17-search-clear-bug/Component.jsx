import React, { useState } from "react";

const RECIPES = ["Lentil soup", "Lemon tart", "Mushroom risotto", "Green curry", "Lemon chicken"];

export default function RecipeFinder() {
  const [query, setQuery] = useState("");
  const shown = RECIPES.filter((r) => r.toLowerCase().includes(query.toLowerCase()));
  return (
    <section>
      <label htmlFor="recipe-search">Find a recipe</label>
      <input id="recipe-search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {query && <button onClick={() => setQuery("")}>Clear search</button>}
      <ul aria-label="Recipes">
        {shown.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p data-testid="summary">Showing {shown.length} recipes</p>
    </section>
  );
}

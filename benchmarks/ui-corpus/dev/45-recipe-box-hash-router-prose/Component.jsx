import React, { useEffect, useState } from "react";

const RECIPES = {
  shakshuka: {
    name: "Shakshuka",
    serves: 2,
    ingredients: ["4 eggs", "1 tin of chopped tomatoes", "1 red pepper", "1 tsp cumin"],
  },
  "pea-soup": {
    name: "Pea and mint soup",
    serves: 4,
    ingredients: ["500 g frozen peas", "1 onion", "1 litre vegetable stock", "A handful of mint"],
  },
  flapjacks: {
    name: "Flapjacks",
    serves: 12,
    ingredients: ["250 g oats", "125 g butter", "125 g brown sugar", "3 tbsp golden syrup"],
  },
};

function currentPath() {
  return window.location.hash.slice(1) || "/";
}

function useHashPath() {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const sync = () => setPath(currentPath());
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, []);
  return path;
}

function RecipeList() {
  return (
    <>
      <h1>Recipes</h1>
      <ul>
        {Object.entries(RECIPES).map(([slug, recipe]) => (
          <li key={slug}>
            <a href={`#/recipe/${slug}`}>{recipe.name}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function RecipePage({ slug }) {
  const recipe = RECIPES[slug];
  if (!recipe) {
    return (
      <>
        <h1>Recipe not found</h1>
        <p>We couldn't find that recipe.</p>
        <a href="#/">All recipes</a>
      </>
    );
  }
  return (
    <>
      <h1>{recipe.name}</h1>
      <p>Serves {recipe.serves}</p>
      <h2>Ingredients</h2>
      <ul>
        {recipe.ingredients.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <a href="#/">All recipes</a>
    </>
  );
}

export default function RecipeBox() {
  const path = useHashPath();
  const match = path.match(/^\/recipe\/([\w-]+)$/);
  return <main>{match ? <RecipePage slug={match[1]} /> : <RecipeList />}</main>;
}

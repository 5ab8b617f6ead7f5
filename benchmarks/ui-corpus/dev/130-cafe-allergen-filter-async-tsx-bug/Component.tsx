import React, { useEffect, useState } from "react";

type Allergen = "gluten" | "nuts" | "dairy" | "egg";
type Dish = { name: string; price: number; allergens: Allergen[] };

const ALLERGENS: Allergen[] = ["gluten", "nuts", "dairy", "egg"];
const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1);

export default function CafeMenu() {
  const [dishes, setDishes] = useState<Dish[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [hidden, setHidden] = useState<Allergen[]>([]);

  useEffect(() => {
    let live = true;
    fetch("/api/menu")
      .then((response) => {
        if (!response.ok) throw new Error(response.statusText);
        return response.json();
      })
      .then((data: Dish[]) => live && setDishes(data))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  function toggle(allergen: Allergen, on: boolean) {
    setHidden((current) => (on ? [...current, allergen] : current.filter((a) => a !== allergen)));
  }

  if (failed) return <p role="alert">The menu could not be loaded.</p>;
  if (dishes === null) return <p aria-busy="true">Loading the menu…</p>;

  const visible = dishes.filter((dish) => !hidden.some((a) => dish.allergens.includes(a)));

  return (
    <main>
      <h1>Today's menu</h1>
      <fieldset>
        <legend>Hide dishes containing</legend>
        {ALLERGENS.map((allergen) => (
          <label key={allergen}>
            <input
              type="checkbox"
              checked={hidden.includes(allergen)}
              onChange={(e) => toggle(allergen, e.target.checked)}
            />
            {capitalise(allergen)}
          </label>
        ))}
      </fieldset>
      <p data-testid="dish-count">{visible.length === 1 ? "1 dish" : `${visible.length} dishes`}</p>
      <ul aria-label="Dishes">
        {visible.map((dish) => (
          <li key={dish.name}>
            {dish.name} <span>£{dish.price.toFixed(2)}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

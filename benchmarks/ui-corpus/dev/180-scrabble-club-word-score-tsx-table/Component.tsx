import React, { useState } from "react";

const LETTERS: Record<string, number> = {
  A: 1, E: 1, I: 1, O: 1, U: 1, L: 1, N: 1, S: 1, T: 1, R: 1,
  D: 2, G: 2,
  B: 3, C: 3, M: 3, P: 3,
  F: 4, H: 4, V: 4, W: 4, Y: 4,
  K: 5,
  J: 8, X: 8,
  Q: 10, Z: 10,
};

type Bonus = "none" | "double" | "triple";
const MULTIPLIER: Record<Bonus, number> = { none: 1, double: 2, triple: 3 };
const BINGO = 50;

export default function WordScorer(): JSX.Element {
  const [word, setWord] = useState<string>("");
  const [bonus, setBonus] = useState<Bonus>("none");
  const [bingo, setBingo] = useState<boolean>(false);
  const [result, setResult] = useState<string>("");
  const [problem, setProblem] = useState<string>("");

  function score(e: React.FormEvent): void {
    e.preventDefault();
    const w = word.trim().toUpperCase();
    if (!/^[A-Z]+$/.test(w)) {
      setProblem("Letters only, please");
      setResult("");
      return;
    }
    setProblem("");
    const tiles = w.split("").reduce((sum, ch) => sum + LETTERS[ch], 0);
    const total = tiles * MULTIPLIER[bonus] + (bingo ? BINGO : 0);
    setResult(`${w} scores ${total} points`);
  }

  return (
    <form onSubmit={score}>
      <h1>Tuesday Scrabble Club - word scorer</h1>
      <label htmlFor="word">Word</label>
      <input id="word" autoComplete="off" value={word} onChange={(e) => setWord(e.target.value)} />
      <label htmlFor="bonus">Word bonus</label>
      <select id="bonus" value={bonus} onChange={(e) => setBonus(e.target.value as Bonus)}>
        <option value="none">None</option>
        <option value="double">Double word</option>
        <option value="triple">Triple word</option>
      </select>
      <label>
        <input type="checkbox" checked={bingo} onChange={(e) => setBingo(e.target.checked)} />
        All 7 tiles used (+{BINGO})
      </label>
      <button type="submit">Score</button>
      {problem && <p role="alert">{problem}</p>}
      {result && <output aria-label="Score">{result}</output>}
    </form>
  );
}

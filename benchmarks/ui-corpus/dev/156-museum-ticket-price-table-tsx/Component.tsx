import React, { useState } from "react";

type Day = "Weekday" | "Weekend";
type Result = { kind: "price"; text: string } | { kind: "error"; text: string } | null;

function money(n: number): string {
  return `£${n.toFixed(2)}`;
}

function ticketFor(age: number, student: boolean, day: Day): string {
  if (age < 5) return "Free entry for under-5s";
  if (age <= 15) return `Child ticket: ${money(day === "Weekend" ? 8 : 6)}`;
  if (age >= 65) return `Senior ticket: ${money(10)}`;
  if (student && age <= 25) return `Student ticket: ${money(9)}`;
  return `Adult ticket: ${money(day === "Weekend" ? 16 : 14)}`;
}

export default function MuseumTickets() {
  const [age, setAge] = useState<string>("");
  const [student, setStudent] = useState<boolean>(false);
  const [day, setDay] = useState<Day>("Weekday");
  const [result, setResult] = useState<Result>(null);

  function showPrice() {
    const n = Number(age);
    if (age.trim() === "" || !Number.isInteger(n) || n < 0 || n > 120) {
      setResult({ kind: "error", text: "Enter an age between 0 and 120" });
      return;
    }
    setResult({ kind: "price", text: ticketFor(n, student, day) });
  }

  return (
    <section>
      <h2>Harbour Museum – ticket prices</h2>
      <label>
        Age
        <input type="number" value={age} onChange={(e) => setAge(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={student} onChange={(e) => setStudent(e.target.checked)} />
        Student card
      </label>
      <label>
        Visit day
        <select value={day} onChange={(e) => setDay(e.target.value as Day)}>
          <option>Weekday</option>
          <option>Weekend</option>
        </select>
      </label>
      <button onClick={showPrice}>Show price</button>
      {result?.kind === "price" && <p role="status">{result.text}</p>}
      {result?.kind === "error" && <p role="alert">{result.text}</p>}
    </section>
  );
}

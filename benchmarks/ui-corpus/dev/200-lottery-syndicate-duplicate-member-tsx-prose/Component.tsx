import React, { useState } from "react";

const MAX_MEMBERS = 10;
const money = (n: number): string =>
  `£${n.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export default function Syndicate(): JSX.Element {
  const [members, setMembers] = useState<string[]>(["Dave Morris", "Sandra Kaur", "Tom Becker"]);
  const [newName, setNewName] = useState<string>("");
  const [winnings, setWinnings] = useState<string>("");
  const [error, setError] = useState<string>("");

  function add(e: React.FormEvent): void {
    e.preventDefault();
    const name = newName.trim().replace(/\s+/g, " ");
    if (!name) {
      setError("Type the new member's name first");
      return;
    }
    const existing = members.find((m) => m.toLowerCase() === name.toLowerCase());
    if (existing) {
      setError(`${existing} is already in the syndicate`);
      return;
    }
    if (members.length >= MAX_MEMBERS) {
      setError(`A syndicate can have at most ${MAX_MEMBERS} members`);
      return;
    }
    setError("");
    setMembers([...members, name]);
    setNewName("");
  }

  const amount = Number(winnings);
  const share = winnings && amount > 0 ? Math.floor((amount / members.length) * 100) / 100 : null;

  return (
    <main>
      <h1>Friday Fivers syndicate</h1>
      <p data-testid="member-count">{members.length} members</p>
      <ul aria-label="Members">
        {members.map((m) => (
          <li key={m}>
            {m}{" "}
            <button type="button" aria-label={`Remove ${m}`} onClick={() => setMembers(members.filter((x) => x !== m))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label htmlFor="new-member">New member</label>
        <input id="new-member" value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit">Add member</button>
        {error && <p role="alert">{error}</p>}
      </form>
      <h2>Share out a win</h2>
      <label htmlFor="winnings">Winnings (£)</label>
      <input id="winnings" inputMode="decimal" value={winnings} onChange={(e) => setWinnings(e.target.value)} />
      {share !== null && <p data-testid="share">Each member gets {money(share)}</p>}
    </main>
  );
}

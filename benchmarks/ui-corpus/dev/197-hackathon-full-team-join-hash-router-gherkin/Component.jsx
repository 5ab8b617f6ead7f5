import React, { useEffect, useState } from "react";

const MAX_MEMBERS = 4;
const ROLES = ["Developer", "Designer", "Presenter"];
const START = [
  {
    id: "byte-club",
    name: "Byte Club",
    idea: "Food waste tracker for school kitchens",
    members: [
      { name: "Omar Haddad", role: "Developer" },
      { name: "Jess Lindqvist", role: "Developer" },
      { name: "Kwame Mensah", role: "Presenter" },
    ],
  },
  {
    id: "null-pointers",
    name: "Null Pointers",
    idea: "Bus stop accessibility map",
    members: [
      { name: "Hannah Cole", role: "Developer" },
      { name: "Luis Ortega", role: "Designer" },
      { name: "Mei Tanaka", role: "Developer" },
      { name: "Sam Okoro", role: "Presenter" },
    ],
  },
  {
    id: "pixel-pushers",
    name: "Pixel Pushers",
    idea: "Swap shop for school uniforms",
    members: [{ name: "Zoe Marsh", role: "Designer" }],
  },
];

function useHashPath() {
  const read = () => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

const isFull = (team) => team.members.length >= MAX_MEMBERS;

function TeamList({ teams }) {
  return (
    <section>
      <h1>Hack the High Street - teams</h1>
      <ul aria-label="Teams">
        {teams.map((t) => (
          <li key={t.id}>
            <a href={`#/teams/${t.id}`}>{t.name}</a>
            <span>
              {" "}
              · {t.members.length} of {MAX_MEMBERS} members
              {isFull(t) ? " · Full" : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TeamPage({ team, onJoin }) {
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [error, setError] = useState("");

  function join(e) {
    e.preventDefault();
    const who = name.trim();
    if (!who || !role) {
      setError("Tell us your name and the role you'll play");
      return;
    }
    if (team.members.some((m) => m.name.toLowerCase() === who.toLowerCase())) {
      setError(`${who} is already in ${team.name}`);
      return;
    }
    setError("");
    onJoin(team.id, { name: who, role });
  }

  return (
    <article>
      <a href="#/">← All teams</a>
      <h1>{team.name}</h1>
      <p>{team.idea}</p>
      <h2>Members</h2>
      <ol aria-label="Members">
        {team.members.map((m) => (
          <li key={m.name}>
            {m.name} ({m.role})
          </li>
        ))}
      </ol>
      {isFull(team) ? (
        <p role="note">This team is full - {MAX_MEMBERS} is the most a team can have.</p>
      ) : (
        <form onSubmit={join} aria-label="Join this team">
          <label htmlFor="who">Your name</label>
          <input id="who" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="role">Role</label>
          <select id="role" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">Choose a role</option>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          {error && <p role="alert">{error}</p>}
          <button type="submit">Join this team</button>
        </form>
      )}
    </article>
  );
}

export default function HackathonTeams() {
  const path = useHashPath();
  const [teams, setTeams] = useState(START);
  const m = path.match(/^\/teams\/([\w-]+)$/);
  const team = m && teams.find((t) => t.id === m[1]);

  function join(id, member) {
    setTeams((all) => all.map((t) => (t.id === id ? { ...t, members: [...t.members, member] } : t)));
  }

  return (
    <main>
      {team ? <TeamPage key={team.id} team={team} onJoin={join} /> : m ? <p>No such team.</p> : <TeamList teams={teams} />}
    </main>
  );
}

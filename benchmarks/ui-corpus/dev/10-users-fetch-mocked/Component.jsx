import React, { useEffect, useState } from "react";

export default function UserList() {
  const [users, setUsers] = useState(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetch("/api/users")
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(setUsers)
      .catch(() => setFailed(true));
  }, []);

  if (failed) return <p role="alert">Could not load users</p>;
  if (users === null) return <p aria-busy="true">Loading users…</p>;
  return (
    <section>
      <h2>Members ({users.length})</h2>
      <ul>
        {users.map((user) => (
          <li key={user.id}>
            {user.name} <span>{user.role}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

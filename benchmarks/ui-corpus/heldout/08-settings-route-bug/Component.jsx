import React, { useEffect, useState } from "react";

function useLocationHash() {
  const [hash, setHash] = useState(window.location.hash || "#/");
  useEffect(() => {
    const update = () => setHash(window.location.hash || "#/");
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return hash.slice(1);
}

function Notifications() {
  const [email, setEmail] = useState(true);
  return (
    <section>
      <h1>Notification settings</h1>
      <label>
        <input type="checkbox" checked={email} onChange={(e) => setEmail(e.target.checked)} />
        Email me about replies
      </label>
    </section>
  );
}

export default function HelpdeskApp() {
  const route = useLocationHash();
  return (
    <div>
      <nav>
        <a href="#/">Inbox</a> | <a href="#/settings/notifications">Notifications</a>
      </nav>
      {route === "/" && <h1>Inbox</h1>}
      {route === "/settings/notifications" && <Notifications />}
      {route !== "/" && route !== "/settings/notifications" && <h1>Nothing here</h1>}
    </div>
  );
}

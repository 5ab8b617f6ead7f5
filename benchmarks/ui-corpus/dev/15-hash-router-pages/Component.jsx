import React, { useEffect, useState } from "react";

function useHashRoute() {
  const read = () => window.location.hash.replace(/^#/, "") || "/";
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

const PAGES = {
  "/": { title: "Welcome to Fernbrook Library", body: "Borrow up to 8 books at a time." },
  "/hours": { title: "Opening hours", body: "Monday to Saturday, 9:00 to 18:00." },
  "/events": { title: "Events", body: "Story time every Wednesday at 10:30." },
};

export default function LibrarySite() {
  const path = useHashRoute();
  const page = PAGES[path];
  return (
    <div>
      <nav aria-label="Main">
        <a href="#/">Home</a> <a href="#/hours">Hours</a> <a href="#/events">Events</a>
      </nav>
      <main>
        {page ? (
          <>
            <h1>{page.title}</h1>
            <p>{page.body}</p>
          </>
        ) : (
          <>
            <h1>Page not found</h1>
            <a href="#/">Back to the home page</a>
          </>
        )}
      </main>
    </div>
  );
}

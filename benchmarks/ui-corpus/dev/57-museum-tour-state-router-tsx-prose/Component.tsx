import React, { createContext, useContext, useState } from "react";

type Route = { page: "galleries" } | { page: "stop"; gallery: string; index: number } | { page: "done"; gallery: string };

const TOURS: Record<string, string[]> = {
  "Egyptian antiquities": ["The Rosetta Stone replica", "Painted coffin of Nesmin", "Canopic jars"],
  "Impressionist paintings": ["Water lilies", "The Rue Montorgueil"],
};

const RouterContext = createContext<{ route: Route; go: (route: Route) => void } | null>(null);

function useRouter() {
  const router = useContext(RouterContext);
  if (!router) throw new Error("useRouter outside the guide");
  return router;
}

function Galleries(): JSX.Element {
  const { go } = useRouter();
  return (
    <>
      <h1>Choose a gallery</h1>
      <ul>
        {Object.entries(TOURS).map(([gallery, stops]) => (
          <li key={gallery}>
            <button onClick={() => go({ page: "stop", gallery, index: 0 })}>{gallery}</button>{" "}
            <span>{stops.length} stops</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Stop({ gallery, index }: { gallery: string; index: number }): JSX.Element {
  const { go } = useRouter();
  const stops = TOURS[gallery];
  const last = index === stops.length - 1;
  return (
    <>
      <p>{gallery}</p>
      <h1>{stops[index]}</h1>
      <p>
        Stop {index + 1} of {stops.length}
      </p>
      <button disabled={index === 0} onClick={() => go({ page: "stop", gallery, index: index - 1 })}>
        Previous stop
      </button>
      {last ? (
        <button onClick={() => go({ page: "done", gallery })}>Finish tour</button>
      ) : (
        <button onClick={() => go({ page: "stop", gallery, index: index + 1 })}>Next stop</button>
      )}
    </>
  );
}

function Done({ gallery }: { gallery: string }): JSX.Element {
  const { go } = useRouter();
  return (
    <>
      <h1>Tour complete</h1>
      <p>
        You visited {TOURS[gallery].length} stops in {gallery}.
      </p>
      <a
        href="#"
        onClick={(event) => {
          event.preventDefault();
          go({ page: "galleries" });
        }}
      >
        Back to galleries
      </a>
    </>
  );
}

export default function AudioGuide(): JSX.Element {
  const [route, go] = useState<Route>({ page: "galleries" });
  return (
    <RouterContext.Provider value={{ route, go }}>
      <main>
        {route.page === "galleries" && <Galleries />}
        {route.page === "stop" && <Stop gallery={route.gallery} index={route.index} />}
        {route.page === "done" && <Done gallery={route.gallery} />}
      </main>
    </RouterContext.Provider>
  );
}

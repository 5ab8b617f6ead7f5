import React, { useEffect, useState } from "react";

const BINS = [
  {
    id: "blue",
    name: "Blue bin",
    blurb: "paper and card",
    yes: ["Newspapers", "Cereal boxes", "Flattened cardboard"],
    no: ["Greasy pizza boxes", "Wallpaper"],
  },
  {
    id: "green",
    name: "Green bin",
    blurb: "garden waste",
    yes: ["Grass cuttings", "Hedge trimmings", "Leaves"],
    no: ["Soil", "Food waste", "Plant pots"],
  },
  {
    id: "glass",
    name: "Glass box",
    blurb: "bottles and jars",
    yes: ["Wine bottles", "Jam jars", "Sauce bottles"],
    no: ["Drinking glasses", "Window glass", "Light bulbs"],
  },
  {
    id: "black",
    name: "Black bin",
    blurb: "everything else",
    yes: ["Nappies", "Crisp packets", "Polystyrene"],
    no: ["Batteries", "Paint"],
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

function BinList() {
  return (
    <>
      <h1>Recycling guide</h1>
      <p>Which bin does it go in?</p>
      <ul aria-label="Bins">
        {BINS.map((bin) => (
          <li key={bin.id}>
            <a href={`#/bins/${bin.id}`}>{bin.name}</a> – {bin.blurb}
          </li>
        ))}
      </ul>
    </>
  );
}

function ItemList({ id, title, items }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function BinPage({ bin }) {
  return (
    <>
      <a href="#/">All bins</a>
      <h1>{bin.name}</h1>
      <p>For {bin.blurb}. Collected every other week.</p>
      <ItemList id="yes-please" title="Yes please" items={bin.yes} />
      <ItemList id="no-thanks" title="No thanks" items={bin.no} />
    </>
  );
}

export default function RecyclingGuide() {
  const path = useHashPath();
  const match = /^\/bins\/([a-z]+)$/.exec(path);
  const bin = match ? BINS.find((b) => b.id === match[1]) : undefined;

  let page;
  if (path === "/") {
    page = <BinList />;
  } else if (bin) {
    page = <BinPage bin={bin} />;
  } else {
    page = (
      <>
        <h1>Page not found</h1>
        <a href="#/">Back to the recycling guide</a>
      </>
    );
  }
  return <main>{page}</main>;
}

import React, { useEffect, useState } from "react";

const ADDRESSES = {
  "AB12 3CD": [
    { id: "12-elm-road", label: "12 Elm Road" },
    { id: "14-elm-road", label: "14 Elm Road" },
    { id: "16-elm-road", label: "16 Elm Road" },
  ],
};

const BINS = [
  { name: "General waste", day: "Every Tuesday", next: "Tue 14 May" },
  { name: "Recycling", day: "Every other Tuesday", next: "Tue 21 May" },
  { name: "Garden waste", day: null, next: null },
];

function useHash() {
  const [hash, setHash] = useState(window.location.hash || "#/");
  useEffect(() => {
    const onChange = () => setHash(window.location.hash || "#/");
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return hash;
}

function labelFor(id) {
  for (const list of Object.values(ADDRESSES)) {
    const hit = list.find((a) => a.id === id);
    if (hit) return hit.label;
  }
  return id;
}

function FindAddress() {
  const [postcode, setPostcode] = useState("");
  const [results, setResults] = useState(null);
  const [chosen, setChosen] = useState("");

  function find(event) {
    event.preventDefault();
    const key = postcode.trim().toUpperCase().replace(/\s+/g, " ");
    setResults(ADDRESSES[key] || []);
    setChosen("");
  }

  return (
    <section>
      <h1>Find your bin collection days</h1>
      <form onSubmit={find}>
        <label>
          Postcode
          <input value={postcode} onChange={(e) => setPostcode(e.target.value)} />
        </label>
        <button type="submit">Find address</button>
      </form>
      {results && results.length === 0 && <p role="alert">No addresses found for that postcode</p>}
      {results && results.length > 0 && (
        <fieldset>
          <legend>Choose your address</legend>
          {results.map((a) => (
            <label key={a.id}>
              <input type="radio" name="address" checked={chosen === a.id} onChange={() => setChosen(a.id)} />
              {a.label}
            </label>
          ))}
          <button type="button" disabled={!chosen} onClick={() => (window.location.hash = `#/collections/${chosen}`)}>
            Show collections
          </button>
        </fieldset>
      )}
    </section>
  );
}

function Collections({ id, reports }) {
  return (
    <section>
      <h1>Collections for {labelFor(id)}</h1>
      <table>
        <thead>
          <tr>
            <th>Bin</th>
            <th>Collected</th>
            <th>Next collection</th>
          </tr>
        </thead>
        <tbody>
          {BINS.map((b) => (
            <tr key={b.name}>
              <td>{b.name}</td>
              <td>{b.day || "Not subscribed"}</td>
              <td>
                {b.next || "–"}
                {reports.includes(`${id}:${b.name}`) && <span> (Missed – reported)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`#/missed/${id}`}>Report a missed bin</a> · <a href="#/">Change address</a>
      </p>
    </section>
  );
}

function MissedBin({ id, onReport }) {
  const [bin, setBin] = useState("General waste");
  const [outBy7, setOutBy7] = useState(false);
  const [sent, setSent] = useState("");

  function send(event) {
    event.preventDefault();
    onReport(`${id}:${bin}`);
    setSent(bin);
  }

  return (
    <section>
      <h1>Report a missed bin</h1>
      <p>{labelFor(id)}</p>
      {sent ? (
        <p role="status">
          Thanks, we have logged a missed {sent} collection. We will return within 2 working days.
        </p>
      ) : (
        <form onSubmit={send}>
          <label>
            Which bin was missed?
            <select value={bin} onChange={(e) => setBin(e.target.value)}>
              {BINS.filter((b) => b.day).map((b) => (
                <option key={b.name}>{b.name}</option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={outBy7} onChange={(e) => setOutBy7(e.target.checked)} />
            My bin was out by 7am on collection day
          </label>
          <button type="submit" disabled={!outBy7}>
            Send report
          </button>
        </form>
      )}
      <a href={`#/collections/${id}`}>Back to collections</a>
    </section>
  );
}

export default function BinCollections() {
  const hash = useHash();
  const [reports, setReports] = useState([]);
  const path = hash.replace(/^#/, "");
  let page = <FindAddress />;
  let m;
  if ((m = path.match(/^\/collections\/([\w-]+)$/))) page = <Collections id={m[1]} reports={reports} />;
  else if ((m = path.match(/^\/missed\/([\w-]+)$/)))
    page = <MissedBin id={m[1]} onReport={(r) => setReports((all) => [...all, r])} />;
  return (
    <div>
      <header>Northfield Council · Bins and recycling</header>
      {page}
    </div>
  );
}

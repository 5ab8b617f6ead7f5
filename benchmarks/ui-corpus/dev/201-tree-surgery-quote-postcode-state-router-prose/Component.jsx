import React, { createContext, useContext, useState } from "react";

const WORK = ["Felling", "Crown reduction", "Stump grinding", "Hedge trimming"];
const AREAS = ["BS", "BA"];
const STEPS = ["job", "details", "check"];

const Router = createContext({ step: "job", go: () => {} });

function JobStep({ request, update }) {
  const { go } = useContext(Router);
  const trees = Number(request.trees);
  const valid = request.work && Number.isInteger(trees) && trees >= 1;
  return (
    <section>
      <h2>The job</h2>
      <fieldset>
        <legend>What needs doing?</legend>
        {WORK.map((w) => (
          <label key={w}>
            <input type="radio" name="work" checked={request.work === w} onChange={() => update({ work: w })} />
            {w}
          </label>
        ))}
      </fieldset>
      <label htmlFor="trees">How many trees?</label>
      <input id="trees" type="number" min="1" value={request.trees} onChange={(e) => update({ trees: e.target.value })} />
      <label>
        <input type="checkbox" checked={request.protected} onChange={(e) => update({ protected: e.target.checked })} />
        In a conservation area or covered by a tree preservation order
      </label>
      <button type="button" disabled={!valid} onClick={() => go("details")}>
        Continue
      </button>
    </section>
  );
}

function DetailsStep({ request, update }) {
  const { go } = useContext(Router);
  const [error, setError] = useState("");
  function next() {
    const postcode = request.postcode.trim().toUpperCase();
    const area = postcode.match(/^[A-Z]+/)?.[0] ?? "";
    if (!request.name.trim() || !postcode || !request.phone.trim()) {
      setError("Please fill in your name, postcode and phone number");
      return;
    }
    if (!AREAS.includes(area)) {
      setError(`Sorry, we don't cover ${area} postcodes - we work in BS and BA only`);
      return;
    }
    setError("");
    update({ postcode });
    go("check");
  }
  return (
    <section>
      <h2>Your details</h2>
      <label htmlFor="name">Name</label>
      <input id="name" value={request.name} onChange={(e) => update({ name: e.target.value })} />
      <label htmlFor="postcode">Postcode</label>
      <input id="postcode" value={request.postcode} onChange={(e) => update({ postcode: e.target.value })} />
      <label htmlFor="phone">Phone</label>
      <input id="phone" type="tel" value={request.phone} onChange={(e) => update({ phone: e.target.value })} />
      {error && <p role="alert">{error}</p>}
      <button type="button" onClick={() => go("job")}>
        Back
      </button>
      <button type="button" onClick={next}>
        Continue
      </button>
    </section>
  );
}

function CheckStep({ request, onSend }) {
  const { go } = useContext(Router);
  const n = Number(request.trees);
  return (
    <section>
      <h2>Check your request</h2>
      <dl>
        <dt>Work</dt>
        <dd data-testid="work">
          {request.work}, {n} {n === 1 ? "tree" : "trees"}
        </dd>
        <dt>Council consent</dt>
        <dd data-testid="consent">
          {request.protected ? "Needed - we'll apply for you (allow 6 to 8 weeks)" : "Not needed"}
        </dd>
        <dt>Contact</dt>
        <dd data-testid="contact">
          {request.name.trim()}, {request.postcode}, {request.phone.trim()}
        </dd>
      </dl>
      <button type="button" onClick={() => go("details")}>
        Back
      </button>
      <button type="button" onClick={onSend}>
        Send request
      </button>
    </section>
  );
}

export default function TreeQuote() {
  const [step, setStep] = useState("job");
  const [request, setRequest] = useState({ work: "", trees: "1", protected: false, name: "", postcode: "", phone: "" });
  const update = (patch) => setRequest((r) => ({ ...r, ...patch }));

  return (
    <Router.Provider value={{ step, go: setStep }}>
      <main>
        <h1>Oakfield Tree Care - request a quote</h1>
        {step !== "sent" && <p>Step {STEPS.indexOf(step) + 1} of 3</p>}
        {step === "job" && <JobStep request={request} update={update} />}
        {step === "details" && <DetailsStep request={request} update={update} />}
        {step === "check" && <CheckStep request={request} onSend={() => setStep("sent")} />}
        {step === "sent" && (
          <p role="status">
            Thanks {request.name.trim().split(" ")[0]} - an arborist will call you within 2 working days.
          </p>
        )}
      </main>
    </Router.Provider>
  );
}

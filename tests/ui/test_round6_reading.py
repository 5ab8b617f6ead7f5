"""Manual steps the deterministic mapper misread on the fresh cases 48-59 (issue 14, sixth
round; dev 74-85 since) and on dev 62-68, one test per reading rule: what to click, in which
order, which element holds the outcome, counts and states. Real tree-sitter inventories, no
browser; the components and wordings are this file's own, and each test fails on the mapper
as round 5 left it."""

from __future__ import annotations

from tests.ui.mapped import mapped_code

from testdraft.ui.inventory import Query, build_inventory, resolve
from testdraft.ui.mapping.wording import split_outside_quotes

# ---- the component's element inventory ----------------------------------------------------

SIGNUP = """import React, { useState } from "react";
function section(kind) {
  if (kind === "terms") return <p>By signing up you accept the house rules.</p>;
  return <p>We never share your address.</p>;
}
export default function Signup() {
  const [v, setV] = useState({ handle: "", mail: "" });
  const [wrong, setWrong] = useState(false);
  const line = (key, caption) => (
    <div>
      <label htmlFor={`f-${key}`}>{caption}</label>
      <input id={`f-${key}`} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
    </div>
  );
  return (
    <form onSubmit={(e) => { e.preventDefault(); setWrong(!v.mail.includes("@")); }}>
      {line("handle", "Screen name")}
      {line("mail", "Mail address")}
      {section("terms")}
      <button type="submit">Join</button>
      {wrong && <p role="alert">That mail address has no @.</p>}
    </form>
  );
}
"""


def test_jsx_a_helper_function_returns_is_inventoried_with_its_arguments() -> None:
    # round 5: `{line("mail", "Mail address")}` drew nothing, so no field could be filled
    inventory = build_inventory(SIGNUP, "Signup.jsx")
    assert resolve(inventory, Query("label", "Mail address")).count == 1
    # an `if` the argument decides keeps only the branch taken
    assert resolve(inventory, Query("text", "By signing up you accept the house rules.")).count == 1
    assert resolve(inventory, Query("text", "We never share your address.")).count == 0
    code = mapped_code("1. Type ada in the Screen name field.\n2. Type ada.example in the Mail address field.\n"
                       '3. Click "Join".\n\nExpected result:\n- After step 3 only one error is shown.\n', SIGNUP)
    assert 'page.get_by_label("Mail address").fill("ada.example")' in code
    assert 'expect(page.get_by_role("alert")).to_have_count(1)' in code


ROUTES = """import React, { useState } from "react";
function Card({ id, starred, onStar }) {
  return (
    <article>
      <h1>{id}</h1>
      <button onClick={onStar}>{starred ? "Unstar" : "Star"}</button>
    </article>
  );
}
export default function Stars() {
  const [at, setAt] = useState("list");
  const [stars, setStars] = useState([]);
  let view;
  if (at === "list") {
    view = <a href="#/k2" onClick={() => setAt("k2")}>K2</a>;
  } else {
    view = <Card id={at} starred={stars.includes(at)} onStar={() => setStars([...stars, at])} />;
  }
  return <main>{view}</main>;
}
"""


def test_jsx_a_variable_is_given_and_a_prop_known_only_at_run_time_are_read() -> None:
    # round 5: `{view}` drew nothing; `starred` (computed at run time) was taken for true
    prose = '# Starring\n\nOpen "K2", press "Star" and check that the button reads "Unstar".'
    code = mapped_code(prose, ROUTES, "Stars.jsx")
    assert 'page.get_by_role("link", name="K2").click()' in code
    assert 'page.get_by_role("button", name="Star").click()' in code
    assert 'expect(page.get_by_role("button", name="Unstar")).to_be_visible()' in code


# ---- Scenario Outlines ---------------------------------------------------------------------

LOCKERS = """import React, { useState } from "react";
const IDS = ["L1", "L2", "L3"];
export default function Lockers() {
  const [picked, setPicked] = useState(null);
  return (
    <div>
      {IDS.map((id) => (
        <button key={id} aria-label={id === "L2" ? `Locker ${id}, broken` : `Locker ${id}`}
          onClick={() => setPicked(id)}>
          {id}
        </button>
      ))}
      <p data-testid="locker-note">
        {picked ? (picked === "L2" ? `"${picked}" is taken` : `You took ${picked}`) : "No locker taken"}
      </p>
    </div>
  );
}
"""
LOCKERS_FEATURE = """Feature: Lockers
  Scenario Outline: Taking a locker
    Given the locker wall is open
    Then the locker note says "No locker taken"
    When I click locker <locker>
    Then the locker note says "<note>"

    Examples:
      | locker | note          |
      | L1     | You took L1   |
      | L3     | You took L3   |
      | L2     | "L2" is taken |
"""


def test_each_examples_row_opens_the_page_and_may_act_on_its_own_control() -> None:
    code = mapped_code(LOCKERS_FEATURE, LOCKERS, "Lockers.jsx")
    loop = code.split("    for ", 1)[1]
    # every row is a scenario of its own: the page opens again, the row's locker is clicked
    assert loop.splitlines()[5:7] == [
        "        page.goto(BASE_URL)",
        '        expect(page.get_by_test_id("locker-note")).to_have_text("No locker taken")',
    ]
    assert 'page.get_by_role("button", name=value).click()' in loop
    assert '("Locker L1", "You took L1")' in loop
    # a quote inside an Examples value stays part of the row's one expected text (and L2's
    # button is named so whenever it renders)
    assert """("Locker L2, broken", '"L2" is taken')""" in loop
    assert code.count("page.goto(BASE_URL)") == 1


# ---- actions ---------------------------------------------------------------------------------

PARCEL = """import React, { useState } from "react";
export default function Parcel() {
  const [weight, setWeight] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState({});
  const [sent, setSent] = useState(null);
  function send(e) {
    e.preventDefault();
    const p = {};
    if (Number(weight) > 30) p.weight = "Parcels over 30 kg go by freight";
    setProblem(p);
    setSent(Object.keys(p).length ? null : weight);
  }
  return (
    <form onSubmit={send}>
      <input placeholder="Weight in kg" value={weight} onChange={(e) => setWeight(e.target.value)} />
      {problem.weight && <span className="field-error">{problem.weight}</span>}
      <label htmlFor="c">Check figure</label>
      <input id="c" value={again} onChange={(e) => setAgain(e.target.value)} />
      <button type="submit">Send parcel</button>
      {sent && <div className="note">Label printed for {sent} kg. Drop it at any locker.</div>}
    </form>
  );
}
"""


def test_a_field_set_with_any_verb_the_same_value_and_a_fields_own_message() -> None:
    steps = (
        "1. Enter 45 in the weight box.\n"
        '2. Click "Send parcel".\n'
        "3. Lower the weight to 12 and enter the same value in Check figure.\n"
        '4. Click "Send parcel".\n\n'
        "Expected result:\n"
        '- After step 2 the error "Parcels over 30 kg go by freight" is shown.\n'
        "- After step 2 no label is printed.\n"
        "- After step 4 the weight error is gone.\n"
    )
    code = mapped_code(steps, PARCEL, "Parcel.jsx")
    step3 = code.split("# Step 3", 1)[1].split("# Step 4", 1)[0]
    assert 'page.get_by_role("textbox", name="Weight in kg").fill("12")' in step3
    assert 'page.get_by_label("Check figure").fill("12")' in step3 and "TODO" not in step3
    # "no label is printed": the conditional "Label printed for ..." by its own words
    assert 'expect(page.get_by_text("Label printed for")).to_have_count(0)' in code
    # "the weight error is gone": the message under the weight field shows no text checked before
    after = code.split("weight error is gone", 1)[1]
    assert 'expect(page.get_by_text("Parcels over 30 kg go by freight")).to_have_count(0)' in after


FAQ = """import React, { useState } from "react";
const ITEMS = [
  { id: "fees", q: "Are there fees?", a: "No fees for members." },
  { id: "pets", q: "Can dogs come?", a: "Dogs on a lead are welcome." },
];
export default function Faq() {
  const [open, setOpen] = useState(null);
  return (
    <div>
      {ITEMS.map((i) => (
        <div key={i.id}>
          <button aria-expanded={open === i.id} aria-controls={`ans-${i.id}`}
            onClick={() => setOpen(open === i.id ? null : i.id)}>
            {i.q}
          </button>
          <div id={`ans-${i.id}`} hidden={open !== i.id}>{i.a}</div>
        </div>
      ))}
    </div>
  );
}
"""


def test_expand_clicks_the_disclosure_and_a_hidden_answer_is_hidden_not_absent() -> None:
    steps = (
        '1. Expand "Can dogs come?".\n2. Collapse "Can dogs come?".\n\n'
        'Expected result:\n- After step 1 "Dogs on a lead are welcome." is shown.\n'
        '- After step 2 "Dogs on a lead are welcome." is hidden.\n'
    )
    code = mapped_code(steps, FAQ, "Faq.jsx")
    assert code.count('page.get_by_role("button", name="Can dogs come?").click()') == 2
    # the answer stays in the page under `hidden`: a count of 0 would never hold
    assert 'expect(page.get_by_text("Dogs on a lead are welcome.")).to_be_hidden()' in code


ROSTER = """import React, { useState } from "react";
const CREW = ["Ama Boateng", "Lior Ben-David", "Sofia Reyes"];
export default function Roster() {
  const [on, setOn] = useState(new Set());
  const flip = (n, v) => { const s = new Set(on); v ? s.add(n) : s.delete(n); setOn(s); };
  return (
    <div>
      <p className="tally">{on.size} of {CREW.length} on shift</p>
      <button onClick={() => setOn(new Set(CREW))}>Everyone on shift</button>
      <ul>
        {CREW.map((n) => (
          <li key={n}>
            <label><input type="checkbox" checked={on.has(n)} onChange={(e) => flip(n, e.target.checked)} />{n}</label>
          </li>
        ))}
      </ul>
    </div>
  );
}
"""


def test_names_ticked_together_a_button_used_a_person_named_before_and_all_ticked() -> None:
    prose = (
        "# Shift\n\nTick Ama Boateng and Sofia Reyes, and the tally should climb to 2 of 3 on shift. "
        'Then use "Everyone on shift": all three people get ticked. '
        "Lior Ben-David went home, so untick her."
    )
    code = mapped_code(prose, ROSTER, "Roster.jsx")
    assert 'page.get_by_role("checkbox", name="Ama Boateng").check()' in code
    assert 'page.get_by_role("checkbox", name="Sofia Reyes").check()' in code
    assert 'expect(page.get_by_text("2 of 3 on shift")).to_be_visible()' in code
    assert 'page.get_by_role("button", name="Everyone on shift").click()' in code
    assert code.count("to_be_checked()") == 3
    assert 'page.get_by_role("checkbox", name="Lior Ben-David").uncheck()' in code


KENNEL = """import React, { useState } from "react";
const TrashIcon = () => <svg aria-hidden="true" viewBox="0 0 8 8"><path d="M1 1h6" /></svg>;
const PenIcon = () => <svg aria-hidden="true" viewBox="0 0 8 8"><path d="M1 7l6-6" /></svg>;
const START = [
  { id: "r", name: "Rex", run: "Run A" },
  { id: "m", name: "Mia", run: "Run C" },
];
export default function Kennel() {
  const [dogs, setDogs] = useState(START);
  const [asking, setAsking] = useState(null);
  const stays = 3;
  return (
    <section>
      <span className="stays">Nights booked: {stays}</span>
      <ul>
        {dogs.map((d) => (
          <li key={d.id}>
            {d.name} in {d.run}
            <button aria-label={`Rename ${d.name} dog`}><PenIcon /></button>
            <button aria-label={`Discharge ${d.name} dog`} onClick={() => setAsking(d)}><TrashIcon /></button>
          </li>
        ))}
      </ul>
      {asking && (
        <div role="dialog" aria-labelledby="t">
          <h2 id="t">Discharge this dog?</h2>
          <p>{asking.name} leaves {asking.run} today.</p>
          <button onClick={() => setAsking(null)}>Not yet</button>
          <button onClick={() => { setDogs(dogs.filter((x) => x !== asking)); setAsking(null); }}>Discharge</button>
        </div>
      )}
    </section>
  );
}
"""


def test_an_icon_button_in_a_row_a_dialogs_choice_and_what_the_dialog_mentions() -> None:
    steps = (
        "1. Press the trash icon next to the Rex dog.\n"
        '2. In the popup, choose "Not yet".\n'
        '3. Inside the dialog click "Discharge"\n\n'
        "Expected result:\n"
        '- After step 1 a dialog titled "Discharge this dog?" is open and mentions "Run A".\n'
        "- After step 2 the dialog is closed while Rex stays listed.\n"
        "- After step 3 Nights booked still reads 3 (no charge).\n"
    )
    code = mapped_code(steps, KENNEL, "Kennel.jsx")
    # the icon component drawn in the button, the row's words less those the name says itself
    assert 'page.get_by_role("button", name="Discharge Rex dog", exact=True).click()' in code
    assert 'expect(page.get_by_role("dialog", name="Discharge this dog?")).to_contain_text("Run A")' in code
    assert 'page.get_by_role("button", name="Not yet").click()' in code
    assert 'page.get_by_role("button", name="Discharge", exact=True).click()' in code
    # "while" starts a check of its own; "(no charge)" is a note, not a part of the text
    assert 'expect(page.get_by_role("dialog")).to_have_count(0)' in code
    assert 'expect(page.get_by_role("list").get_by_text("Rex")).to_be_visible()' in code
    assert 'expect(page.get_by_text("Nights booked: 3")).to_be_visible()' in code


LOANS = """import React, { useEffect, useState } from "react";
export default function Loans() {
  const [rows, setRows] = useState([]);
  useEffect(() => { fetch("/api/tools").then((r) => r.json()).then(setRows); }, []);
  return (
    <ul>
      {rows.map((t) => (
        <li key={t.id}>
          {t.tool} <span>back by {t.back}</span>
          <button aria-label={`Extend ${t.tool}`} disabled={t.extended} onClick={() => {}}>+</button>
          {t.extended && <em>Already extended</em>}
        </li>
      ))}
    </ul>
  );
}
"""
LOANS_FEATURE = """Feature: Tool loans
  Scenario: Extending a loan
    Given `GET /api/tools` responds with:
      \"\"\"
      [{"id": 1, "tool": "Hedge trimmer", "back": "2027-01-04", "extended": false},
       {"id": 2, "tool": "Pressure washer", "back": "2027-01-09", "extended": true}]
      \"\"\"
    Then the extend button of "Pressure washer" is disabled
    And "Already extended" is shown
    When I extend "Hedge trimmer"
    Then "Hedge trimmer" is back on 2027-01-11
    And its row reads "back by 2027-01-11"
"""


def test_a_rows_control_by_its_verb_its_state_and_figures_in_that_row() -> None:
    code = mapped_code(LOANS_FEATURE, LOANS, "Loans.jsx")
    assert 'expect(page.get_by_role("button", name="Extend Pressure washer")).to_be_disabled()' in code
    # a text some rows show under a condition: shown in one of them
    assert 'expect(page.get_by_text("Already extended").first).to_be_visible()' in code
    assert 'page.get_by_role("button", name="Extend Hedge trimmer").click()' in code
    row = 'page.get_by_role("listitem").filter(has_text="Hedge trimmer")'
    assert f'expect({row}.get_by_text("2027-01-11")).to_be_visible()' in code
    assert f'expect({row}.get_by_text("back by 2027-01-11")).to_be_visible()' in code


# ---- pages, links and lists ------------------------------------------------------------------

HIKES = """import React, { useState } from "react";
const TRAILS = [
  { slug: "ridge", title: "Ridge loop", km: "12", stops: ["Cairn", "Old mill"] },
  { slug: "lake", title: "Lake path", km: "5", stops: ["Jetty", "Boathouse"] },
];
function TrailList({ onOpen }) {
  return (
    <>
      <h1>Trails</h1>
      <ul>{TRAILS.map((t) => <li key={t.slug}><a href="#" onClick={() => onOpen(t)}>{t.title}</a></li>)}</ul>
    </>
  );
}
function TrailPage({ trail, onSave }) {
  return (
    <>
      <h1>{trail.title}</h1>
      <h2 id="stops">Stops</h2>
      <ol aria-labelledby="stops">{trail.stops.map((s) => <li key={s}>{s}</li>)}</ol>
      <button onClick={onSave}>Save trail</button>
    </>
  );
}
function Saved({ names }) {
  return (
    <>
      <h1>Saved trails</h1>
      <ul>{names.map((n) => <li key={n}>{n}</li>)}</ul>
    </>
  );
}
export default function Hikes() {
  const [trail, setTrail] = useState(null);
  const [saved, setSaved] = useState([]);
  const [page, setPage] = useState("list");
  let body;
  if (page === "saved") body = <Saved names={saved} />;
  else if (trail) body = <TrailPage trail={trail} onSave={() => setSaved([...saved, trail.title])} />;
  else body = <TrailList onOpen={(t) => setTrail(t)} />;
  return (
    <div>
      <nav><a href="#" onClick={() => setPage("saved")}>Saved ({saved.length})</a></nav>
      {body}
    </div>
  );
}
"""


def test_links_followed_a_list_named_by_its_heading_and_the_rows_of_the_page_named() -> None:
    prose = (
        "# Hiking\n\nThe app opens on the Trails page. Open Ridge loop from there; its page has the heading "
        '"Ridge loop" and lists cairn and old mill as stops. I keep it with the "Save trail" button, '
        'after which the menu link should read "Saved (1)". Follow that link: the Saved trails page '
        "should show exactly one trail, Ridge loop, in that order."
    )
    code = mapped_code(prose, HIKES, "Hikes.jsx")
    assert 'expect(page.get_by_role("heading", name="Trails")).to_be_visible()' in code
    assert 'page.get_by_role("link", name="Ridge loop").click()' in code
    assert 'expect(page.get_by_role("list", name="Stops").get_by_text("cairn")).to_be_visible()' in code
    assert 'page.get_by_role("button", name="Save trail").click()' in code
    assert code.count('page.get_by_role("link", name="Saved (1)")') == 2  # checked, then followed
    # the list items of the Saved trails page (the trail page's stops never render with them)
    assert 'expect(page.get_by_role("listitem")).to_have_count(1)' in code


TALKS = """import React, { useState } from "react";
const TOPICS = [{ id: "a", title: "Wind power" }, { id: "b", title: "Tidal energy" }];
export default function Talks() {
  const [open, setOpen] = useState(null);
  const [mine, setMine] = useState(false);
  if (mine) return <main><h1>My list</h1><p>Nothing yet</p></main>;
  if (open) {
    const t = TOPICS.find((x) => x.id === open);
    if (!t) return <h1>Topic gone</h1>;
    return <main><h1>{t.title}</h1><a href="#" onClick={() => setMine(true)}>My list</a></main>;
  }
  return (
    <main>
      <h1>Topics</h1>
      {TOPICS.map((x) => <a key={x.id} href="#" onClick={() => setOpen(x.id)}>{x.title}</a>)}
    </main>
  );
}
"""


def test_the_page_the_browsers_back_button_returns_to() -> None:
    prose = (
        '# Topics\n\nFrom the topics, open the topic "Tidal energy". Then I go to "My list" in the top bar: '
        '"Nothing yet" is shown there. Pressing the browser\'s back button should bring me back to the topic page.'
    )
    code = mapped_code(prose, TALKS, "Talks.jsx")
    assert 'page.get_by_role("link", name="Tidal energy").click()' in code
    assert 'page.get_by_role("link", name="My list").click()' in code
    assert 'expect(page.get_by_text("Nothing yet")).to_be_visible()' in code
    back = code.split("page.go_back()", 1)[1]
    # the page the link followed before "My list" opened, by its title; not "Topic gone"
    assert 'expect(page.get_by_role("heading", name="Tidal energy")).to_be_visible()' in back


SHOE = """import React, { useState } from "react";
const PANES = [{ id: "info", title: "Info" }, { id: "notes", title: "Notes" }];
function pane(id) {
  if (id === "info") return <p>Waxed canvas upper.</p>;
  return <ul aria-label="Buyer notes"><li>Fits true</li><li>Dries fast</li><li>Heavy</li></ul>;
}
export default function Shoe() {
  const [at, setAt] = useState("info");
  return (
    <div>
      <div role="tablist">
        {PANES.map((p) => (
          <button key={p.id} role="tab" id={`t-${p.id}`} aria-selected={at === p.id} aria-controls={`p-${p.id}`}
            onClick={() => setAt(p.id)}>{p.title}</button>
        ))}
      </div>
      {PANES.map((p) => (
        <div key={p.id} role="tabpanel" id={`p-${p.id}`} aria-labelledby={`t-${p.id}`} hidden={at !== p.id}>
          {pane(p.id)}
        </div>
      ))}
    </div>
  );
}
"""


def test_a_tabs_panel_hidden_and_the_items_of_a_named_list_counted() -> None:
    steps = (
        '1. Open the "Notes" tab.\n\nExpected result:\n'
        "- After step 1 the info text is hidden.\n- After step 1 I see 3 notes.\n"
    )
    code = mapped_code(steps, SHOE, "Shoe.jsx")
    assert 'expect(page.get_by_role("tabpanel", name="Info")).to_be_hidden()' in code
    assert 'expect(page.get_by_role("list", name="Buyer notes").get_by_role("listitem")).to_have_count(3)' in code


BIKES = """import React, { useState } from "react";
const BIKES = [
  { name: "City cruiser", price: 12, kids: false },
  { name: "Trail blazer", price: 25, kids: true },
  { name: "Balance bike", price: 6, kids: true },
];
const ORDERS = { cheap: (a, b) => a.price - b.price, dear: (a, b) => b.price - a.price };
export default function Bikes() {
  const [order, setOrder] = useState("cheap");
  const [kids, setKids] = useState(false);
  const shown = BIKES.filter((b) => !kids || b.kids).sort(ORDERS[order]);
  return (
    <div>
      <select value={order} onChange={(e) => setOrder(e.target.value)}>
        <option value="cheap">Price: low to high</option>
        <option value="dear">Price: high to low</option>
      </select>
      <label><input type="checkbox" checked={kids} onChange={(e) => setKids(e.target.checked)} /> Kids sizes</label>
      <ul>{shown.map((b) => <li key={b.name}>{b.name}</li>)}</ul>
    </div>
  );
}
"""


def test_narrowing_to_a_box_the_words_name_and_sorting_by_a_key_and_a_direction() -> None:
    prose = (
        "# Bikes\n\nFilter the fleet down to bikes in kids sizes and sort them by price, most expensive first. "
        "The City cruiser must not be among them. If you then switch the sorting to price low to high, "
        "Balance bike should be listed."
    )
    code = mapped_code(prose, BIKES, "Bikes.jsx")
    assert 'page.get_by_role("checkbox", name="Kids sizes").check()' in code
    # the dropdown has no name: its role finds it; the option with that key and that direction
    assert 'page.get_by_role("combobox").select_option("Price: high to low")' in code
    # "If you then switch ...": the action first, then the check
    step3 = code.split("# Step 3", 1)[1]
    assert step3.splitlines()[1] == '    page.get_by_role("combobox").select_option("Price: low to high")'
    # "must not": a check, not a step for a person
    assert 'expect(page.get_by_text("City cruiser")).to_have_count(0)' in code


def test_a_note_in_brackets_is_never_split() -> None:
    # round 5: "the Home address (12 Larch Road, Leeds) and ..." was cut at the comma in the brackets
    parts = split_outside_quotes("the Home flat (2 Elm Row, Ayr), the Work flat (9 Quay St, Oban)", r",\s+")
    assert parts == ["the Home flat (2 Elm Row, Ayr)", "the Work flat (9 Quay St, Oban)"]

"""Manual steps worded as people write them, read by the deterministic mapper (issue 14,
second round), and the steps text a model sees. Real tree-sitter inventories, no browser."""

from __future__ import annotations

from pathlib import Path

from tests.ui.mapped import mapped_code

from testdraft.ui.generators import steps_text
from testdraft.ui.model_prompt import build_prompt
from testdraft.ui.pipeline import generate_ui_test
from testdraft.ui.steps import Mock, find_steps, parse_test_case

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "ui-corpus"


def test_the_models_steps_text_keeps_the_mocked_responses() -> None:
    component = CORPUS / "dev" / "10-users-fetch-mocked" / "Component.jsx"
    case = find_steps(str(component), component.read_text())
    assert case.mocks and case.mocks[0].body is not None
    text = steps_text(case)
    assert "`GET /api/users` responds with:" in text and '"Mia Wong"' in text
    assert parse_test_case(text).mocks == case.mocks  # it reads back the same
    prompt = build_prompt(text, component.read_text(), "MemberList")
    assert '"Omar Haddad"' in prompt.split("## Component")[0]


def test_several_mocks_each_keep_their_own_body_and_status() -> None:
    text = (
        "# Two requests\n\nPreconditions: the user is signed in.\n"
        "`GET /api/a` responds with:\n```json\n[1]\n```\n"
        "`GET /api/b` responds with:\n```json\n{\"b\": 2}\n```\n"
        "`POST /api/c` responds with status 500.\n\n1. Click \"Go\".\n"
    )
    case = parse_test_case(text)
    assert case.mocks == [
        Mock("GET", "/api/a", 200, "[1]"),
        Mock("GET", "/api/b", 200, '{"b": 2}'),
        Mock("POST", "/api/c", 500),
    ]
    written = steps_text(case)
    assert "`POST /api/c` responds with status 500:" in written
    assert parse_test_case(written).mocks == case.mocks
    assert parse_test_case(written).preconditions == case.preconditions


PROFILE = """import React, { useState } from "react";
export default function Profile() {
  const [name, setName] = useState("Ada");
  const [plan, setPlan] = useState("free");
  const [dark, setDark] = useState(false);
  return (
    <form>
      <label htmlFor="nick">Nickname</label>
      <input id="nick" value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="seats">Seats</label>
      <input id="seats" type="number" />
      <label htmlFor="plan">Plan</label>
      <select id="plan" value={plan} onChange={(e) => setPlan(e.target.value)}>
        <option value="free">Free</option>
        <option value="pro">Pro</option>
      </select>
      <button type="button" role="switch" aria-checked={dark} onClick={() => setDark(!dark)}>Dark mode</button>
      <button type="submit">Save</button>
    </form>
  );
}
"""


def test_change_update_and_switch_to_a_value_fill_a_field_or_pick_an_option() -> None:
    code = mapped_code(
        '1. Change the nickname from "Ada" to "Bee".\n2. Update the seats from 3 to 13.\n'
        "3. Switch the plan to Pro and click Save.\n4. Modify the seats to 12 and then set the "
        "nickname to Grace Hopper.\n5. Switch the dark mode switch to on.\n",
        PROFILE,
    )
    assert 'page.get_by_label("Nickname").fill("Bee")' in code
    assert 'page.get_by_label("Seats").fill("13")' in code  # the new value, not the old
    assert 'page.get_by_label("Plan").select_option("Pro")' in code
    assert code.index('select_option("Pro")') < code.index('name="Save").click()')
    assert 'page.get_by_label("Seats").fill("12")' in code
    assert 'page.get_by_label("Nickname").fill("Grace Hopper")' in code
    assert 'page.get_by_role("switch", name="Dark mode").check()' in code  # on: a toggle
    assert "TODO" not in code
    named = mapped_code("1. Enter the number 7 into the Seats field.\n2. Type Ada as the nickname.\n", PROFILE)
    assert 'page.get_by_label("Seats").fill("7")' in named
    assert 'page.get_by_label("Nickname").fill("Ada")' in named


SHELF = """import React, { useState } from "react";

type View = "grid" | "list";
const VIEWS: [View, string][] = [["grid", "Show as grid"], ["list", "Show as list"]];
const HINTS = { grid: { title: "Covers side by side" }, list: { title: "One book per line" } };
const SORTS = { title: "By title", year: "By year" };

export default function Shelf() {
  const [view, setView] = useState<View>("grid");
  const hint = HINTS[view];
  return (
    <>
      {VIEWS.map(([key, label]) => (
        <button key={key} aria-pressed={view === key} onClick={() => setView(key)}>{label}</button>
      ))}
      {Object.entries(SORTS).map(([key, label]) => <button key={key}>{label}</button>)}
      {(Object.keys(SORTS) as string[]).map((key) => <a key={key} href={"#" + key}>{SORTS[key]}</a>)}
      {hint ? (<><h2>{hint.title}</h2></>) : <p>No view</p>}
      <p>{HINTS[view].title}</p>
    </>
  );
}
"""


def test_names_from_destructured_tuples_casts_lookups_and_fragments_are_in_the_inventory() -> None:
    from testdraft.ui.inventory import build_inventory

    inventory = build_inventory(SHELF, "Shelf.tsx", None)
    buttons = {e.name.display() for e in inventory if e.role == "button"}
    assert buttons == {"Show as grid", "Show as list", "By title", "By year"}
    assert {e.name.display() for e in inventory if e.role == "link"} == {"By title", "By year"}
    heading = next(e for e in inventory if e.tag == "h2")  # inside `<>...</>` in a ternary
    assert {"Covers side by side", "One book per line"} <= set(heading.text.expansions(fill_holes=True))
    lookup = next(e for e in inventory if e.tag == "p" and e.text.display() != "No view")
    # each page's title, and nothing else titled in the file
    assert set(lookup.text.expansions(fill_holes=True)) - {"\x00"} == {
        "Covers side by side",
        "One book per line",
    }
    code = mapped_code(
        '1. Click "Show as list".\n\nExpected result:\n- The heading "One book per line" is shown.\n',
        SHELF,
        "Shelf.tsx",
    )
    assert 'page.get_by_role("button", name="Show as list").click()' in code
    assert 'expect(page.get_by_role("heading", name="One book per line")).to_be_visible()' in code
    assert "TODO" not in code and "not rendered" not in code


def test_escaped_quotes_inside_a_quoted_text_are_quotes_of_the_text() -> None:
    source = """export default function Tags({ error }) {
  return (<div><button>Add</button><p role="alert">{'"travel" is taken'}</p></div>);
}
"""
    feature = (
        'Feature: Tags\n  Scenario: Taken\n    When I click "Add"\n'
        '    Then I see "\\"travel\\" is taken"\n'
    )
    code = generate_ui_test("Tags.jsx", source, steps_text=feature).code
    assert """expect(page.get_by_text('"travel" is taken')).to_be_visible()""" in code
    assert "\\\\" not in code
    prose = parse_test_case('# T\n\nClick "Add". The page says "\\"travel\\" is taken. Sorry." Done.\n')
    assert prose.steps == ['Click "Add".', 'The page says "\\"travel\\" is taken. Sorry."', "Done."]


def test_a_toggle_button_pressed_or_not() -> None:
    source = """import React, { useState } from "react";
const MODES: [string, string][] = [["a", "Everything"], ["u", "Unread"]];
export default function F() {
  const [mode, setMode] = useState("a");
  return (<div>{MODES.map(([key, caption]) => (
    <button key={key} aria-pressed={mode === key} onClick={() => setMode(key)}>{caption}</button>
  ))}</div>);
}
"""
    code = mapped_code(
        '1. Press the "Unread" filter.\n\nExpected result:\n'
        '- The "Unread" button is shown as pressed and "Everything" is not pressed.\n',
        source,
        "F.tsx",
    )
    assert 'expect(page.get_by_role("button", name="Unread")).to_have_attribute("aria-pressed", "true")' in code
    assert (
        'expect(page.get_by_role("button", name="Everything")).to_have_attribute("aria-pressed", "false")'
        in code
    )
    assert "to_have_count(0)" not in code  # "not pressed" is no absence


BOARD = """import React, { useState } from "react";
const PEOPLE = [{ name: "Anja", score: 3 }, { name: "Boris", score: 9 }, { name: "Cyd", score: 5 }];
export default function Board() {
  const [up, setUp] = useState(false);
  const rows = [...PEOPLE].sort((a, b) => (up ? a.score - b.score : b.score - a.score));
  return (
    <div>
      <button onClick={() => setUp(true)} disabled={up}>Lowest first</button>
      <button onClick={() => setUp(false)} disabled={!up}>Highest first</button>
      <ul>{rows.map((r) => <li key={r.name}>{r.name} ({r.score})</li>)}</ul>
    </div>
  );
}
"""


def test_prose_actions_in_subordinate_clauses_come_first_and_orders_are_read() -> None:
    code = mapped_code(
        "# Sorting\n\nThe board opens with the highest score on top: Boris, Cyd, then Anja. After "
        'clicking "Lowest first", the rows should read from top to bottom: Anja, Cyd, Boris. '
        'The order is Boris, Cyd and Anja again once you press "Highest first". '
        '"Highest first" is disabled after you click it.\n',
        BOARD,
    )
    body = code.split("page.goto(BASE_URL)", 1)[1]
    rows = 'expect(page.get_by_role("listitem")).to_contain_text'
    first = body.index(f'{rows}(["Boris", "Cyd", "Anja"])')
    low = body.index('page.get_by_role("button", name="Lowest first").click()')
    assert first < low < body.index(f'{rows}(["Anja", "Cyd", "Boris"])')
    # the trailing "once you press ..." is done before the sentence's check
    assert body.count('page.get_by_role("button", name="Highest first").click()') == 1
    assert body.rindex('name="Highest first").click()') < body.rindex(f'{rows}(["Boris", "Cyd", "Anja"])')
    # "after you click it": the click already happened, it is not repeated
    assert body.rstrip().endswith('expect(page.get_by_role("button", name="Highest first")).to_be_disabled()')
    assert "TODO" not in code


def test_only_one_item_listed_is_a_count_and_its_text() -> None:
    code = mapped_code(
        '1. Click "Lowest first".\n\nExpected result:\n- The board is sorted and only Anja (3) is '
        "listed first.\n- The button is enabled and only Boris is listed.\n- Only the button is shown.\n",
        BOARD,
    )
    assert 'expect(page.get_by_role("listitem")).to_have_count(1)' in code
    assert 'expect(page.get_by_role("listitem")).to_contain_text(["Boris"])' in code
    assert '["the button"]' not in code  # not data the component lists: no invented item
    assert '["Anja"]' not in code  # "listed first" says where, not "nothing else"


HELP = """import React, { useState } from "react";
const TOPICS = [
  { id: "billing", title: "Billing", answer: "Invoices are sent on the first day of each month." },
  { id: "privacy", title: "Privacy", answer: "We never sell your data to anyone." },
];
export default function Help() {
  const [open, setOpen] = useState(null);
  const [note, setNote] = useState("");
  return (
    <div>
      {TOPICS.map((t) => (
        <div key={t.id}>
          <button onClick={() => { setOpen(open === t.id ? null : t.id); setNote(`Opened ${t.title}`); }}>
            {t.title}
          </button>
          {open === t.id && <p id={`answer-${t.id}`} role="region" aria-label={t.title}>{t.answer}</p>}
        </div>
      ))}
      {note && <p role="status">{note}</p>}
    </div>
  );
}
"""


def test_a_data_rows_passage_a_whole_kind_of_element_and_a_status_message() -> None:
    code = mapped_code(
        '1. Click "Billing".\n2. Click "Privacy".\n\nExpected result:\n'
        "- The billing answer is no longer shown and the privacy text is shown.\n"
        '- A confirmation "Opened Privacy" appears.\n'
        '3. Click "Privacy".\n\nExpected result:\n- After step 3 no answer is open.\n',
        HELP,
    )
    billing = 'page.get_by_text("Invoices are sent on the first day of each month.")'
    assert f"expect({billing}).to_have_count(0)" in code
    assert 'expect(page.get_by_text("We never sell your data to anyone.")).to_be_visible()' in code
    # the text is the status's: the message, not just somewhere on the page (all of it: the
    # code sets the state to that very string)
    assert 'expect(page.get_by_role("status")).to_have_text("Opened Privacy")' in code
    assert 'expect(page.get_by_role("region")).to_have_count(0)' in code


def test_a_bug_reports_label_is_not_part_of_the_test_name() -> None:
    code = mapped_code('# Bug: Help forgets the topic\n\n1. Click "Billing".\n', HELP)
    assert "def test_help_forgets_the_topic(page: Page)" in code


def test_a_rendered_message_is_not_asserted_as_the_fields_value() -> None:
    source = """import React, { useState } from "react";
export default function Search() {
  const [q, setQ] = useState("");
  const [done, setDone] = useState(false);
  return (
    <div>
      <label htmlFor="q">Search</label>
      <input id="q" value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={() => setDone(true)}>Go</button>
      {done && <p>No recipes match your search</p>}
    </div>
  );
}
"""
    code = mapped_code(
        '1. Type "zzz" in the Search field.\n2. Click "Go".\n\nExpected result:\n'
        '- The Search box contains "No recipes match your search".\n'
        '- The Search field still contains "zzz".\n',
        source,
    )
    assert 'expect(page.get_by_text("No recipes match your search")).to_be_visible()' in code
    assert 'to_have_value("No recipes' not in code
    assert 'expect(page.get_by_label("Search")).to_have_value("zzz")' in code  # typed: a value


WIZARD = """import React, { createContext, useContext, useState } from "react";
const Nav = createContext(() => {});
function Step(props) {
  return (<section><h2>{props.title}</h2>{props.children}</section>);
}
function NextButton({ to, children }) {
  const go = useContext(Nav);
  return <button onClick={() => go(to)}>{children}</button>;
}
const STEPS = [{ id: "a", title: "Your plan" }, { id: "b", title: "Your details" }];
export default function Wizard() {
  const [at, setAt] = useState("a");
  const [error, setError] = useState("");
  return (
    <Nav.Provider value={setAt}>
      {STEPS.map((s) => (
        <Step key={s.id} title={s.title}>
          <NextButton to={s.id}>{`Go to ${s.title}`}</NextButton>
        </Step>
      ))}
      {error && <p role="alert">{error}</p>}
    </Nav.Provider>
  );
}
"""


def test_components_of_the_same_file_are_expanded_with_their_props_and_children() -> None:
    from testdraft.ui.inventory import build_inventory

    inventory = build_inventory(WIZARD, "Wizard.jsx", None)
    headings = {e.name.display() for e in inventory if e.role == "heading"}
    assert headings == {"Your plan", "Your details"}
    buttons = {e.name.display() for e in inventory if e.role == "button"}
    assert buttons == {"Go to Your plan", "Go to Your details"}  # children, in the caller's map
    code = mapped_code(
        '1. Click "Go to Your details".\n\nExpected result:\n- The heading "Your details" is shown.\n'
        "- The warning is gone.\n",
        WIZARD,
    )
    assert 'page.get_by_role("button", name="Go to Your details").click()' in code
    assert 'expect(page.get_by_role("heading", name="Your details")).to_be_visible()' in code
    assert 'expect(page.get_by_role("alert")).to_have_count(0)' in code  # a warning is an alert
    assert "TODO" not in code


def test_texts_from_a_conditional_template_and_from_pushed_messages_resolve() -> None:
    from testdraft.ui.inventory import Query, build_inventory, resolve

    source = """import React, { useMemo, useState } from "react";
function rate(p) { return p.length > 8 ? "Good" : "Weak"; }
export default function Pw() {
  const [pw, setPw] = useState("");
  const [problems, setProblems] = useState([]);
  const strength = useMemo(() => rate(pw), [pw]);
  function check() {
    const found = [];
    if (!pw) found.push("Enter a password.");
    if (pw.length < 4) found.push("Use at least 4 characters.");
    setProblems(found);
  }
  return (
    <div>
      <input aria-label="Password" value={pw} onChange={(e) => setPw(e.target.value)} />
      <button onClick={check}>Check</button>
      <p data-testid="strength">{strength && `Strength: ${strength}`}</p>
      {problems.length > 0 && <div role="alert">{problems.join(" ")}</div>}
    </div>
  );
}
"""
    inventory = build_inventory(source, "Pw.jsx", None)
    assert resolve(inventory, Query("text", "Strength: Weak")).count == 1
    (alert,) = resolve(inventory, Query("text", "Use at least 4 characters.")).elements
    assert alert.role == "alert"
    code = mapped_code('1. Click "Check".\n\nExpected result:\n- The error "Enter a password." is shown.\n', source)
    # one of the messages the alert joins: a part of its text
    assert 'expect(page.get_by_role("alert")).to_contain_text("Enter a password.")' in code
    assert "not rendered" not in code


def test_no_error_shown_is_the_alert_absent_and_mocked_names_resolve() -> None:
    from testdraft.ui.inventory import build_inventory
    from testdraft.ui.run import check_locators

    source = """import React, { useEffect, useState } from "react";
export default function People() {
  const [people, setPeople] = useState([]);
  const [error, setError] = useState("");
  useEffect(() => {
    fetch("/api/people").then((r) => r.json()).then(setPeople).catch(() => setError("Could not load"));
  }, []);
  return (
    <div>
      <ul>{people.map((p) => <li key={p.id}>{p.name}</li>)}</ul>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
"""
    steps = (
        'Preconditions: `GET /api/people` responds with:\n```json\n[{"id": 1, "name": "Zuzana Novak"}]\n```\n\n'
        '1. Open the page.\n\nExpected result:\n- "Zuzana Novak" is listed.\n- No error is shown.\n'
    )
    code = mapped_code(steps, source)
    assert 'expect(page.get_by_role("alert")).to_have_count(0)' in code
    assert 'expect(page.get_by_text("Zuzana Novak")).to_be_visible()' in code
    assert "not rendered" not in code  # the mocked response sends it
    checks, _ = check_locators(code, build_inventory(source, "App.jsx", None))
    assert checks and all(check.count >= 1 for check in checks)


def test_a_tables_rows_become_one_loop_that_keeps_every_check() -> None:
    from testdraft.ui.inventory import build_inventory
    from testdraft.ui.run import check_locators

    source = """import React, { useState } from "react";
export default function Age() {
  const [age, setAge] = useState("");
  const [note, setNote] = useState("");
  return (
    <div>
      <label htmlFor="age">Age</label>
      <input id="age" value={age} onChange={(e) => setAge(e.target.value)} />
      <button onClick={() => setNote(Number(age) < 18 ? "Too young" : "Welcome")}>Check</button>
      <p>{note}</p>
    </div>
  );
}
"""
    table = (
        "# Ages\n\nFor each row: enter the age in the Age field, click \"Check\" and check the message.\n\n"
        "| Age | Expected message |\n|---|---|\n| 17 | Too young |\n| 18 | Welcome |\n| 90 | Welcome |\n"
    )
    code = mapped_code(table, source)
    assert (
        '    for age, expected in [\n        ("17", "Too young"),\n        ("18", "Welcome"),\n'
        '        ("90", "Welcome"),\n    ]:\n        page.get_by_label("Age").fill(age)\n'
        '        page.get_by_role("button", name="Check").click()\n'
        "        expect(page.get_by_text(expected)).to_be_visible()\n"
    ) in code
    # the loop's texts are still checked against the component, one per row
    checks, _ = check_locators(code, build_inventory(source, "Age.jsx", None))
    assert [c.query.value for c in checks if c.query and c.query.kind == "text"] == [
        "Too young", "Welcome", "Welcome"
    ]
    # other fields are other steps, not rows: no loop over locators of actions
    fields = mapped_code(
        '1. Type "17" in the Age field.\n2. Type "18" in the Age field.\n3. Click "Check".\n', source
    )
    assert "for " not in fields  # two rows are not enough


def test_steps_that_fill_different_fields_are_not_a_loop() -> None:
    code = mapped_code(
        '1. Change the nickname to "Bee".\n2. Change the seats to "3".\n3. Change the plan to "Pro".\n'
        '4. Change the seats to "4".\n',
        PROFILE,
    )
    assert "for " not in code and code.count(".fill(") == 3


def test_a_scenario_outline_runs_once_per_examples_row_as_one_loop() -> None:
    feature = """Feature: Seats
  Scenario Outline: Changing seats
    Given the profile is open
    When I change the seats to <seats>
    And I select "<plan>" from the Plan dropdown
    Then the Seats field contains "<seats>"

    Examples:
      | seats | plan |
      | 1     | Free |
      | 5     | Pro  |
      | 9     | Pro  |

  Scenario: Another one
    When I click "Save"
"""
    case = parse_test_case(feature, "seats.feature")
    assert case.steps[2:4] == ["change the seats to 5", 'select "Pro" from the Plan dropdown']
    assert case.expected[1] == 'After step 4: the Seats field contains "5"'
    assert len(case.steps) == 6 and "Save" not in " ".join(case.steps)
    code = generate_ui_test("App.jsx", PROFILE, steps_text=feature).code
    # each Examples row is a scenario of its own: it opens the page (round 6)
    assert (
        '    for seats, plan in [\n        ("1", "Free"),\n        ("5", "Pro"),\n        ("9", "Pro"),\n    ]:\n'
        "        page.goto(BASE_URL)\n"
        '        page.get_by_label("Seats").fill(seats)\n'
        '        page.get_by_label("Plan").select_option(plan)\n'
        '        expect(page.get_by_label("Seats")).to_have_value(seats)\n'
    ) in code


PAY = """import React, { useState } from "react";
export default function Pay() {
  const [method, setMethod] = useState("card");
  const [message, setMessage] = useState("");
  const [alerts, setAlerts] = useState(true);
  return (
    <div>
      <label><input type="radio" checked={method === "card"} onChange={() => setMethod("card")} />Card</label>
      <label><input type="radio" checked={method === "bank"} onChange={() => setMethod("bank")} />Bank</label>
      {method === "card" && (<><label htmlFor="num">Card number</label><input id="num" /></>)}
      <button role="switch" aria-checked={alerts} onClick={() => setAlerts(!alerts)}>Email alerts</button>
      <button onClick={() => setMessage(method === "card" ? "Card declined" : "Go to your bank")}>Pay</button>
      {message && <p data-testid="pay-message">{message}</p>}
    </div>
  );
}
"""


def test_a_message_element_a_switch_stated_on_and_a_field_not_displayed() -> None:
    code = mapped_code(
        '1. The page opens with the "Email alerts" switch on.\n2. Click "Pay".\n3. Select "Bank".\n'
        "\nExpected result:\n"
        '- After step 2 the message "Card declined" is shown.\n'
        "- After step 3 the Card number field is not displayed.\n",
        PAY,
    )
    assert 'expect(page.get_by_role("switch", name="Email alerts")).to_be_checked()' in code
    assert 'expect(page.get_by_test_id("pay-message")).to_have_text("Card declined")' in code
    assert 'expect(page.get_by_label("Card number")).to_have_count(0)' in code
    assert "TODO" not in code


def test_states_said_with_not_or_in_other_words_and_double_clicks() -> None:
    code = mapped_code(
        '1. Double-click "Save".\n2. Right-click the Save button.\n'
        "3. When I click the Save button the Nickname field is empty.\n\nExpected result:\n"
        "- The Save button is no longer disabled.\n- The Save button is not enabled.\n"
        "- The Save button is greyed out.\n- The Save button is not clickable.\n"
        "- The dark mode switch is not checked.\n- The Save button is disabled once the dialog closes.\n",
        PROFILE,
    )
    save = 'page.get_by_role("button", name="Save")'
    assert f"{save}.dblclick()" in code and f'{save}.click(button="right")' in code
    body = code.split("# Step 3", 1)[1]
    assert body.index(f"{save}.click()") < body.index('expect(page.get_by_label("Nickname")).to_have_value("")')
    checks = [line.strip() for line in code.split("# Expected", 1)[1].splitlines() if "expect(" in line]
    assert checks == [
        f"expect({save}).to_be_enabled()",  # no longer disabled
        f"expect({save}).to_be_disabled()",  # not enabled
        f"expect({save}).to_be_disabled()",  # greyed out
        f"expect({save}).to_be_disabled()",  # not clickable: "not" is the state's own
        'expect(page.get_by_role("switch", name="Dark mode")).not_to_be_checked()',
        f"expect({save}).to_be_disabled()",  # "closes" denies nothing
    ]
    selenium = generate_ui_test("App.jsx", PROFILE, '1. Double-click "Save".\n', "selenium").code
    assert "ActionChains(driver).double_click(" in selenium


def test_a_download_links_file_name_is_its_download_attribute() -> None:
    source = """import React, { useState } from "react";
export default function Export() {
  const [name, setName] = useState("");
  const [file, setFile] = useState(null);
  return (
    <div>
      <input aria-label="File name" value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={() => setFile(`${name}.csv`)}>Export</button>
      {file && <a href="data:text/csv,a" download={file}>Download {file}</a>}
    </div>
  );
}
"""
    code = mapped_code(
        '1. Type "q3" in the File name field.\n2. Click "Export".\n\nExpected result:\n'
        '- The link downloads a file named "q3.csv".\n',
        source,
    )
    assert (
        'expect(page.get_by_role("link", name="Download q3.csv")).to_have_attribute("download", "q3.csv")'
        in code
    )


def test_a_tables_rows_are_counted_with_its_header_row() -> None:
    source = """import React from "react";
const PEOPLE = ["Ada", "Grace", "Linus"];
export default function Team({ people = PEOPLE.slice(0, 2) }) {
  return (
    <table>
      <thead><tr><th>Name</th></tr></thead>
      <tbody>{people.map((p) => <tr key={p}><td>{p}</td></tr>)}</tbody>
    </table>
  );
}
"""
    code = mapped_code("1. Verify the table shows 2 people.\n2. Verify the error is not shown.\n", source)
    # one header row and two people: the row role counts both kinds
    assert 'expect(page.get_by_role("row")).to_have_count(3)' in code
    assert code.count("to_have_count(") == 1  # "the error" counts no rows


def test_a_computed_text_is_checked_on_the_element_that_shows_it() -> None:
    source = """import React, { useState } from "react";
export default function Counter() {
  const [n, setN] = useState(0);
  return (
    <div>
      <button onClick={() => setN(n + 1)}>Add</button>
      <span data-testid="count">{`${n} items left`}</span>
      <p>Items are kept for a week.</p>
    </div>
  );
}
"""
    code = mapped_code(
        '1. Click "Add".\n\nExpected result:\n- "1 items left" is shown.\n- "Items are kept" is shown.\n', source
    )
    assert 'expect(page.get_by_test_id("count")).to_have_text("1 items left")' in code
    # a text the source has as it is: where it is shown needs no test id
    assert 'expect(page.get_by_text("Items are kept")).to_be_visible()' in code


def test_a_loop_variable_never_hides_the_page_fixture_or_a_keyword() -> None:
    source = """import React, { useState } from "react";
export default function Pager() {
  const [n, setN] = useState("");
  return (<div><label htmlFor="p">Page</label><input id="p" value={n} onChange={(e) => setN(e.target.value)} />
    <label htmlFor="c">Class</label><input id="c" /><p>{`Showing page ${n}`}</p></div>);
}
"""
    steps = "".join(f'{i}. Type "{i}" in the Page field.\n' for i in (1, 2, 3))
    steps += "".join(f'{i + 3}. Type "{c}" in the Class field.\n' for i, c in enumerate("ABC", 1))
    code = mapped_code(steps, source)
    assert "for page in" not in code and 'page.get_by_label("Page").fill(value)' in code
    assert "for class_ in [" in code


def test_check_that_is_a_verification_never_a_click() -> None:
    code = mapped_code(
        '1. Check that the "Email alerts" switch is off.\n2. Check the "Email alerts" switch is on.\n'
        '3. Check the "Card" radio button.\n',
        PAY,
    )
    alerts = 'page.get_by_role("switch", name="Email alerts")'
    assert f"expect({alerts}).not_to_be_checked()" in code and f"expect({alerts}).to_be_checked()" in code
    assert f"{alerts}.check()" not in code and f"{alerts}.uncheck()" not in code
    assert 'page.get_by_role("radio", name="Card").check()' in code  # an action, as it says


def test_all_of_a_kind_in_a_state_checks_each_one_even_as_a_precondition() -> None:
    code = mapped_code(
        "# Help\n\nPreconditions: all topics are collapsed.\n\n1. Click \"Billing\".\n", HELP.replace(
            "<button onClick", '<button aria-expanded={open === t.id} onClick'
        ),
    )
    for topic in ("Billing", "Privacy"):
        assert f'expect(page.get_by_role("button", name="{topic}")).to_have_attribute("aria-expanded", "false")' in code
    assert code.index('"aria-expanded", "false"') < code.index('name="Billing").click()')


def test_opening_a_tab_or_link_by_name_clicks_it() -> None:
    source = """import React, { useState } from "react";
const TABS = ["Profile", "Security"];
export default function Account() {
  const [tab, setTab] = useState("Profile");
  return (
    <div>
      <div role="tablist">{TABS.map((t) => (
        <button key={t} role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>{t}</button>
      ))}</div>
      <a href="#/help">Help centre</a>
      <h2>{tab} settings</h2>
    </div>
  );
}
"""
    code = mapped_code(
        '1. Open the "Security" tab.\n2. Navigate to the Profile tab.\n3. Go to the Help centre link.\n'
        '4. Open "Security settings".\n',
        source,
    )
    assert 'page.get_by_role("tab", name="Security").click()' in code
    assert 'page.get_by_role("tab", name="Profile").click()' in code
    assert 'page.get_by_role("link", name="Help centre").click()' in code
    # a page name the app shows is no control: the test checks it is there, clicks nothing
    assert code.count(".click()") == 3


def test_a_step_and_its_outcome_on_one_line() -> None:
    code = mapped_code(
        '1. Click "Pay" -> the message "Card declined" is shown.\n'
        '2. Select "Bank" – the Card number field is not displayed.\n'
        '3. Click "Pay". Expected: "Go to your bank" appears.\n',
        PAY,
    )
    assert 'page.get_by_role("button", name="Pay").click()' in code
    assert 'expect(page.get_by_test_id("pay-message")).to_have_text("Card declined")' in code
    assert 'expect(page.get_by_label("Card number")).to_have_count(0)' in code
    assert code.rindex('name="Pay").click()') < code.index('get_by_text("Go to your bank")).to_be_visible()')

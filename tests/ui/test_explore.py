"""Steps the mapper left as TODOs, tried on the live page (issue 14, item 2): an action is kept
only when the steps' own expected results then hold further, and those are never changed."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from testdraft.ui.explore import _candidates, _todo_clause, explore_todo_steps
from testdraft.ui.issues import Issue
from testdraft.ui.repair import _read_page, browser_runner

needs_browser = pytest.mark.skipif(
    shutil.which("npm") is None or shutil.which("chromium") is None,
    reason="needs chromium and npm (apt-get install -y chromium nodejs npm)",
)

RIDE = """import { useState } from "react";

export default function Ride() {
  const [name, setName] = useState("");
  const [riders, setRiders] = useState(["Ola"]);
  const join = () => { if (name) { setRiders([...riders, name]); setName(""); } };
  return (
    <section>
      <label>Your name <input value={name} onChange={(e) => setName(e.target.value)} /></label>
      <button onClick={join}>Join ride</button>
      <button onClick={() => setRiders(["Ola"])}>Start over</button>
      <ul aria-label="Riders">
        {riders.map((r) => (
          <li key={r}>{r} <button onClick={() => setRiders(riders.filter((x) => x !== r))}>Leave</button></li>
        ))}
      </ul>
    </section>
  );
}
"""
HEAD = """import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_ride(page: Page) -> None:
    page.goto(BASE_URL)
"""
ARIA = """- text: Your name
- textbox "Your name"
- button "Join ride"
- button "Start over"
- list "Riders":
  - listitem:
    - text: Ola
    - button "Leave"
  - listitem:
    - text: Sam
    - button "Leave"
"""


def test_the_mappers_action_todos_give_their_step_and_its_checks_give_none() -> None:
    assert _todo_clause("# TODO (manual): add Priya as well") == "add Priya as well"
    assert _todo_clause("# TODO: no value to enter in 'type Ola'") == "type Ola"
    assert _todo_clause(
        "# TODO: click 'Leave next to Sam': no unique locator for <button role=button name='Leave'> (line 31)"
    ) == "click Leave next to Sam"
    assert _todo_clause("# TODO (manual): the ride is full by now") is None  # no verb: maybe a check
    assert _todo_clause("# TODO: no check written for 'it says 2 seats left': check it by hand") is None


def test_a_value_with_no_field_named_is_typed_and_sent_with_the_button_the_step_names() -> None:
    page = _read_page(ARIA, [])
    first = _candidates("add Priya and join", page)[0]
    assert first.statements == (
        'page.get_by_role("textbox", name="Your name").fill("Priya")',
        'page.get_by_role("button", name="Join ride").click()',
    )


def test_a_button_every_row_has_is_pressed_in_the_row_the_step_names() -> None:
    page = _read_page(ARIA, [])
    statements = [c.statements for c in _candidates("click Leave next to Sam", page)]
    assert statements[0] == (
        'page.get_by_role("listitem").filter(has_text="Sam").get_by_role("button", name="Leave").click()',
    )
    assert ('page.get_by_role("button", name="Leave").click()',) not in statements  # strict mode: never alone


BOOKING = """- textbox "Member number"
- combobox "Start time":
  - option "17:00"
  - option "18:00"
- combobox "Court":
  - option "Court 1"
  - option "Court 2"
- group "Duration":
  - radio "1 hour"
  - radio "2 hours"
- spinbutton "Players"
- button "Book court"
- article:
  - heading "Harvest walk"
  - button "Book"
- article:
  - heading "Rose garden"
  - button "Book"
"""


def test_several_fields_named_in_one_step_are_set_in_the_order_the_step_says() -> None:
    page = _read_page(BOOKING, [])
    assert page.options == {"Start time": ["17:00", "18:00"], "Court": ["Court 1", "Court 2"]}
    first = _candidates("Start time 18:00, duration 2 hours, players 3 and Book court", page)[0]
    assert first.statements == (
        'page.get_by_role("combobox", name="Start time").select_option("18:00")',
        'page.get_by_role("radio", name="2 hours").check()',
        'page.get_by_role("spinbutton", name="Players").fill("3")',
        'page.get_by_role("button", name="Book court").click()',
    )


def test_a_card_named_in_brackets_scopes_the_button_every_card_has() -> None:
    page = _read_page(BOOKING, [])
    first = _candidates("click Book on the middle card (Harvest walk)", page)[0]
    assert first.statements == (
        'page.get_by_role("article").filter(has_text="Harvest walk")'
        '.get_by_role("button", name="Book", exact=True).click()',
    )


def _explore(tmp_path: Path, body: str, source: str = RIDE):  # type: ignore[no-untyped-def]
    component = tmp_path / "App.jsx"
    component.write_text(source)
    run = browser_runner(str(component), source, None)
    code = HEAD + "".join(f"    {line}\n" for line in textwrap.dedent(body).strip().splitlines())
    first = run(code)
    todos = [Issue("TODO (manual): x", "info", n) for n, line in enumerate(code.splitlines(), 1) if "# TODO" in line]
    return code, first, explore_todo_steps(code, first, todos, run)


def _checks(code: str) -> list[str]:
    return [line.strip() for line in code.splitlines() if line.strip().startswith("expect(")]


@needs_browser
@pytest.mark.slow
def test_a_todo_step_is_done_when_the_expected_results_then_hold(tmp_path: Path) -> None:
    code, first, explored = _explore(
        tmp_path,
        """
        # TODO (manual): add Priya as well
        expect(page.get_by_role("listitem")).to_have_count(2)
        expect(page.get_by_role("listitem").filter(has_text="Priya")).to_have_count(1)
        """,
    )
    assert first.outcome == "failed"
    assert explored.run.passed, explored.run.message
    assert explored.kept == 1
    assert 'fill("Priya")' in explored.code and 'name="Join ride").click()' in explored.code
    assert "# TODO" not in explored.code
    assert _checks(explored.code) == _checks(code)  # the expected results are the judge, unchanged
    assert not any(i.message.startswith("TODO") for i in explored.issues)
    assert any("step tried on the live page" in i.message for i in explored.issues)


@needs_browser
@pytest.mark.slow
def test_a_todo_step_stays_when_no_action_makes_the_expected_results_hold(tmp_path: Path) -> None:
    code, first, explored = _explore(
        tmp_path,
        """
        # TODO (manual): add Priya as well
        expect(page.get_by_role("listitem")).to_have_count(5)
        """,
    )
    assert first.outcome == "failed"
    assert explored.kept == 0
    assert explored.code == code  # nothing weakened, nothing guessed: the TODO and its check stay
    assert explored.run == first
    assert 1 <= explored.runs <= 5  # one reading of the page, at most four tries


def test_a_name_is_written_as_the_page_shows_it_not_escaped() -> None:
    page = _read_page('- radio "Red roses – £45.00"\n- radio "Tulips – £30.00"\n', [])
    first = _candidates("Pick Red roses", page)[0]
    assert first.statements == ('page.get_by_role("radio", name="Red roses – £45.00").check()',)


@needs_browser
@pytest.mark.slow
def test_a_step_done_in_part_is_finished_when_the_expected_results_then_hold(tmp_path: Path) -> None:
    code, first, explored = _explore(
        tmp_path,
        """
        # Step 1: enter Priya as my name and join
        page.get_by_label("Your name").fill("Priya")
        # Expected: 2 riders are listed
        expect(page.get_by_role("listitem")).to_have_count(2)
        """,
    )
    assert first.outcome == "failed"
    assert explored.run.passed, explored.run.message
    lines = [line.strip() for line in explored.code.splitlines()]
    step = lines.index("# Step 1: enter Priya as my name and join")
    assert lines[step + 1] == 'page.get_by_label("Your name").fill("Priya")'  # the mapper's line stays
    assert 'name="Join ride").click()' in lines[step + 2] or 'name="Join ride").click()' in lines[step + 3]
    assert lines.index("# Expected: 2 riders are listed") > step + 2
    assert _checks(explored.code) == _checks(code)
    assert [i.line for i in explored.issues] == [step + 3]  # 1-based: the first line added
    assert "did only part of 'enter Priya as my name and join'" in explored.issues[0].message


def test_a_selects_options_are_read_as_the_page_names_them() -> None:
    page = _read_page('- combobox "Say \\"hi\\"":\n  - option "A \\"b\\""\n  - option "C"\n- button "Go"\n', [])
    assert page.options == {'Say "hi"': ['A "b"', "C"]}


DAYS = """- tablist:
  - tab "Monday" [selected]
  - tab "Tuesday"
  - tab "Wednesday"
- checkbox "Mats"
- checkbox "Blocks"
"""


def test_a_control_named_by_its_place_is_the_one_there_on_the_page() -> None:
    page = _read_page(DAYS, [])
    assert _candidates("Switch to the second tab", page)[0].statements == (
        'page.get_by_role("tab", name="Tuesday").click()',
    )
    assert _candidates("untick the last box", page)[0].statements == (
        'page.get_by_role("checkbox", name="Blocks").uncheck()',
    )
    # a place the page does not have is no candidate
    assert all("nth" not in s for c in _candidates("open the fifth tab", page) for s in c.statements)


CLASSES = """import { useState } from "react";

const DAYS = { Monday: ["Hatha"], Tuesday: ["Yin", "Vinyasa"] };

export default function Classes() {
  const [day, setDay] = useState("Monday");
  const [credits, setCredits] = useState(5);
  return (
    <main>
      <div role="tablist">
        {Object.keys(DAYS).map((d) => (
          <button role="tab" key={d} aria-selected={d === day} onClick={() => setDay(d)}>{d}</button>
        ))}
      </div>
      <ul>
        {DAYS[day].map((c) => (
          <li key={c}>{c} <button onClick={() => setCredits(credits - 1)}>Book</button></li>
        ))}
      </ul>
      <p data-testid="credits">{credits} credits left</p>
    </main>
  );
}
"""


@needs_browser
@pytest.mark.slow
def test_a_step_whose_effect_the_next_step_shows_is_kept_with_it(tmp_path: Path) -> None:
    code, first, explored = _explore(
        tmp_path,
        """
        # TODO (manual): Switch to the second tab
        # TODO (manual): book the Vinyasa class
        expect(page.get_by_test_id("credits")).to_have_text("4 credits left")
        """,
        CLASSES,
    )
    assert first.outcome == "failed"
    assert explored.run.passed, explored.run.message
    assert explored.kept == 2
    lines = [line.strip() for line in explored.code.splitlines()]
    tab = lines.index('page.get_by_role("tab", name="Tuesday").click()')
    assert 'has_text="Vinyasa"' in lines[tab + 1] and lines[tab + 1].endswith(".click()")
    assert _checks(explored.code) == _checks(code)
    assert any("together with the next step" in i.message for i in explored.issues)


LOANS = """- table:
  - row "Select Title":
    - columnheader "Select"
    - columnheader "Title"
  - row "The Salt Path":
    - cell:
      - checkbox "Select The Salt Path"
    - cell "The Salt Path"
  - row "Dune":
    - cell:
      - checkbox "Select Dune"
    - cell "Dune"
- button "Renew selected"
"""


def test_boxes_named_by_what_they_do_are_ticked_by_the_names_the_step_says() -> None:
    page = _read_page(LOANS, [])
    first = _candidates("check The Salt Path and Dune, then click Renew selected", page)[0]
    assert first.statements == (
        'page.get_by_role("checkbox", name="Select The Salt Path").check()',
        'page.get_by_role("checkbox", name="Select Dune").check()',
        'page.get_by_role("button", name="Renew selected").click()',
    )

from __future__ import annotations

import ast

import pytest

from testdraft.ui.evaluation import code_bleu
from testdraft.ui.model_prompt import SYSTEM_PROMPT, build_prompt, extract_code
from testdraft.ui.pipeline import UiInputError, generate_ui_test, validate_ui_test
from testdraft.ui.run import UiRunResult
from testdraft.ui.steps import find_steps, parse_test_case

from .conftest import DATASET, dev_cases, needs_dataset

pytestmark = needs_dataset


def _generate(case):
    path = case / "Component.jsx"
    return generate_ui_test(str(path), path.read_text())


@pytest.mark.parametrize("case", dev_cases(), ids=lambda p: p.name)
def test_generated_dev_tests_parse_and_every_locator_resolves(case) -> None:
    suggestion = _generate(case)
    ast.parse(suggestion.code)
    assert 'BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")' in suggestion.code
    assert "page.goto(BASE_URL)" in suggestion.code
    path = case / "Component.jsx"
    validation = validate_ui_test(suggestion.code, str(path), path.read_text(), run_browser=False)
    assert validation.syntax_ok
    assert validation.locators, "the test must locate something"
    assert validation.locators_resolved == len(validation.locators)
    assert suggestion.test_path.endswith("_ui.py")


def test_locator_order_prefers_test_id_then_role_label_placeholder() -> None:
    todo = _generate(DATASET / "04-todo-complete-and-filter").code
    assert 'page.get_by_test_id("new-todo-input").fill(todo_input)' in todo  # three adds, one loop
    assert '["Buy milk", "Call the bank", "Book dentist appointment"]' in todo
    signup = _generate(DATASET / "02-signup-password-mismatch").code
    # "Password" would also match "Confirm password": exact=True keeps strict mode happy
    assert 'page.get_by_label("Password", exact=True).fill("Sunflower42")' in signup
    assert 'page.get_by_role("button", name="Create account").click()' in signup
    login = _generate(DATASET / "01-login-missing-password").code
    assert 'page.locator("#email").fill("jane.doe@example.com")' in login  # id: nothing else
    cart = _generate(DATASET / "05-cart-free-shipping").code
    assert cart.count('get_by_role("button", name="Increase quantity of Coffee Mug").click()') == 2


def test_expected_results_are_placed_after_the_step_they_name() -> None:
    code = _generate(DATASET / "03-product-search-filters").code
    order = [
        code.index(s)
        for s in (
            '.fill("desk")',
            'get_by_text("3 results")',
            'select_option("Furniture")',
            'get_by_text("1 result")',
            ".check()",
            'get_by_text("0 results")',
        )
    ]
    assert order == sorted(order)


def test_missing_element_gives_todo_and_issue_not_a_locator(tmp_path) -> None:
    component = (DATASET / "01-login-missing-password" / "Component.jsx").read_text()
    steps = '# Reset\n\n1. Click the "Reset password" button.\n2. Enter "x" in the Coupon field.\n'
    suggestion = generate_ui_test(str(tmp_path / "Login.jsx"), component, steps_text=steps)
    assert "Reset password" not in suggestion.code.replace("# ", "\n#").split("#")[0]
    todo_lines = [line for line in suggestion.code.splitlines() if "# TODO" in line]
    assert len(todo_lines) == 2
    assert "@pytest.mark.skip" in suggestion.code  # every step is a TODO: it checks nothing yet
    assert not any("get_by" in line or "locator(" in line for line in todo_lines)
    assert len([i for i in suggestion.issues if "TODO" in i.message]) == 2
    for issue in suggestion.issues:
        assert "TODO" in suggestion.code.splitlines()[issue.line - 1]


def test_component_without_locatable_elements() -> None:
    source = "export default function Blank() {\n  return <div><div /></div>;\n}\n"
    suggestion = generate_ui_test("Blank.jsx", source, steps_text='1. Click "Go".\n')
    assert any("no element a locator can find" in i.message for i in suggestion.issues)
    assert "get_by" not in suggestion.code


def test_bad_input_gives_clear_errors(tmp_path) -> None:
    with pytest.raises(UiInputError, match="syntax error"):
        generate_ui_test("Broken.jsx", "export default function B() { return <div> }", "1. x")
    with pytest.raises(UiInputError, match="no manual test steps"):
        generate_ui_test(str(tmp_path / "A.jsx"), "export default function A() {return <p/>;}")
    with pytest.raises(UiInputError, match="framework"):
        generate_ui_test(
            "A.jsx", "export default function A() {return <p/>;}", "1. x", framework="cypress"
        )


def test_steps_from_comment_block_and_testcase_file(tmp_path) -> None:
    source = (
        '// 1. Click "Save".\n// Expected result:\n// - "Saved" is shown.\n'
        "export default function Saver() {\n  return <button>Save</button>;\n}\n"
    )
    case = find_steps(str(tmp_path / "Saver.jsx"), source)
    assert case.steps == ['Click "Save".'] and case.expected == ['"Saved" is shown.']
    (tmp_path / "Saver.testcase.md").write_text('# T\n\n1. Click "Save" twice.\n')
    assert find_steps(str(tmp_path / "Saver.jsx"), source).steps == ['Click "Save" twice.']


def test_dataset_test_case_format() -> None:
    case = parse_test_case(
        (DATASET / "07-workspace-wizard-back-navigation" / "testcase.md").read_text()
    )
    assert case.title == "Wizard keeps entered data when navigating back"
    assert len(case.steps) == 7 and len(case.expected) == 4
    assert case.preconditions.startswith('The "Create a workspace" wizard')


def test_selenium_variant_renders_valid_python() -> None:
    path = DATASET / "02-signup-password-mismatch" / "Component.jsx"
    code = generate_ui_test(str(path), path.read_text(), framework="selenium").code
    ast.parse(code)
    assert "from selenium.webdriver.common.by import By" in code
    assert "driver.get(BASE_URL)" in code and "page." not in code


def test_validation_flags_unresolvable_and_ambiguous_locators() -> None:
    path = DATASET / "02-signup-password-mismatch" / "Component.jsx"
    test = (
        "def test_x(page):\n"
        '    page.get_by_role("button", name="Delete account").click()\n'
        '    page.get_by_label("password").fill("x")\n'
        '    expect(page.get_by_text("Create")).to_have_count(2)\n'
    )
    validation = validate_ui_test(test, str(path), path.read_text(), run_browser=False)
    by_line = {i.line: i for i in validation.issues}
    assert "matches no element" in by_line[2].message and by_line[2].severity == "error"
    assert "several" in by_line[3].message
    assert 4 not in by_line  # to_have_count tolerates several matches
    bad = validate_ui_test("def test_x(page:\n", str(path), path.read_text(), run_browser=False)
    assert not bad.syntax_ok and bad.issues[0].severity == "error"
    # A run of this code done already (the repair loop's) stands for a new browser run.
    done = UiRunResult("failed", "the repair loop's run", line=3)
    reused = validate_ui_test(test, str(path), path.read_text(), run_browser=True, run=done)
    assert reused.run is done
    assert reused.issues[-1].message == "browser run failed: the repair loop's run" and reused.issues[-1].line == 3


def test_model_prompt_and_reply_extraction() -> None:
    prompt = build_prompt('1. Click "Go".', "export default function A() {}", "A")
    assert prompt.startswith(SYSTEM_PROMPT) and "export default function A" in prompt
    assert (
        extract_code("def test_a(page):\n    pass\n```\nnotes") == "def test_a(page):\n    pass\n"
    )
    assert extract_code("Here:\n```python\nx = 1\n```") == "x = 1\n"
    path = DATASET / "12-faq-accordion" / "Component.jsx"
    reference = (DATASET / "12-faq-accordion" / "expected_test.py").read_text()
    seen: list[str] = []

    def complete(text: str) -> str:
        seen.append(text)
        return reference + "```"

    suggestion = generate_ui_test(str(path), path.read_text(), generator="model", complete=complete)
    assert "How do I reset my password?" in seen[0] and suggestion.code == reference


def test_codebleu_components() -> None:
    reference = (DATASET / "01-login-missing-password" / "expected_test.py").read_text()
    same = code_bleu(reference, reference)
    assert same.score == pytest.approx(1.0)
    other = code_bleu("def test_x():\n    assert 1 == 2\n", reference)
    assert 0 <= other.score < 0.3
    generated = _generate(DATASET / "01-login-missing-password").code
    assert other.score < code_bleu(generated, reference).score < 1.0


def test_varied_wording_maps_to_actions() -> None:
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "newsletter" / "NewsletterSignup.tsx"
    code = generate_ui_test(str(path), path.read_text()).code
    assert 'page.get_by_label("Work email").fill("ana@example.com")' in code  # fill ... with
    assert 'page.get_by_label("Frequency").select_option("Monthly")' in code  # choose ... from
    assert 'get_by_role("checkbox", name="Research digest").check()' in code
    assert 'get_by_role("checkbox", name="Events near you").check()' in code  # two in one step
    assert code.count('get_by_role("button", name="Subscribe").click()') == 2  # press / click on
    # "should not be visible yet" comes right after step 3, before the topics are chosen
    absent = code.index('name="You\'re subscribed")).to_have_count(0)')
    assert absent < code.index('select_option("Monthly")')


def test_keyboard_hover_clear_and_navigation_steps() -> None:
    path = DATASET / "11-report-export-filename" / "Component.jsx"
    steps = (
        '1. Open the export page.\n2. Enter "q3" in the file name field.\n'
        '3. Press the Enter key.\n4. Hover over "Generate download link".\n'
        "5. Clear the file name field.\n"
    )
    suggestion = generate_ui_test(str(path), path.read_text(), steps_text=steps)
    code = suggestion.code
    assert 'page.keyboard.press("Enter")' in code
    assert 'get_by_role("button", name="Generate download link").hover()' in code
    assert '.fill("")' in code
    assert "TODO" not in code  # opening the page is the test's first line already
    assert any("has no expect or assert" in issue.message for issue in suggestion.issues)


def test_steps_source_label_for_the_code_action_title(tmp_path) -> None:
    from testdraft.ui.pipeline import steps_source_label

    path = DATASET / "01-login-missing-password" / "Component.jsx"
    assert steps_source_label(str(path), path.read_text()) == "testcase.md"
    lonely = tmp_path / "Lonely.jsx"
    assert steps_source_label(str(lonely), "export default function L() {return <p/>;}") is None


def test_nested_quotes_pronouns_and_statements_of_fact() -> None:
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    dialog = fixtures / "delete_dialog" / "DeleteProjectDialog.jsx"
    code = generate_ui_test(str(dialog), dialog.read_text()).code
    # the message is the status's whole text (a nested quote kept inside it)
    assert """expect(page.get_by_role("status")).to_have_text('Project "Apollo" was deleted.')""" in code
    assert 'expect(page.get_by_role("dialog")).to_have_count(0)' in code  # "The dialog closes"
    # "Delete" alone would also match "Delete project": exact=True
    assert 'get_by_role("button", name="Delete", exact=True).click()' in code
    feedback = fixtures / "feedback" / "FeedbackForm.jsx"
    code = generate_ui_test(str(feedback), feedback.read_text()).code
    enabled = 'expect(page.get_by_role("button", name="Send feedback")).to_be_enabled()'
    click = 'page.get_by_role("button", name="Send feedback").click()'  # "click it"
    assert code.index(enabled) < code.index(click)
    assert "TODO" not in code


def test_model_samples_keep_the_reply_whose_locators_resolve() -> None:
    path = DATASET / "10-account-tabs" / "Component.jsx"
    reference = (DATASET / "10-account-tabs" / "expected_test.py").read_text()
    invented = reference.replace('name="Security"', 'name="Privacy"')
    replies = iter(["def test_broken(page:\n", invented, reference])
    suggestion = generate_ui_test(
        str(path), path.read_text(), generator="model", complete=lambda _: next(replies), samples=3
    )
    assert suggestion.code == reference
    with pytest.raises(UiInputError, match="needs a model"):
        generate_ui_test(str(path), path.read_text(), generator="model")


def test_role_noun_breaks_ties_and_selected_option_checks_the_select() -> None:
    signup = DATASET / "02-signup-password-mismatch" / "Component.jsx"
    code = generate_ui_test(str(signup), signup.read_text(), '1. Click the "Sign in" link.').code
    assert 'page.get_by_role("link", name="Sign in").click()' in code  # not a button
    search = DATASET / "03-product-search-filters" / "Component.jsx"
    steps = (
        '1. Select "Furniture" in the Category dropdown.\n2. Verify "Furniture" is selected.\n'
        '3. Enter "lamp" as the search text.\n'
    )
    code = generate_ui_test(str(search), search.read_text(), steps).code
    assert 'expect(page.get_by_label("Category")).to_have_value("Furniture")' in code
    assert 'page.get_by_role("searchbox", name="Search products").fill("lamp")' in code

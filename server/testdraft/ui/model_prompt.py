"""The model generator: the seed's prompt (system prompt + steps + component source).

`complete` is any text-completion callable (the local LoRA model, an HTTP model, a test double);
the reply's first Python code block (or the whole reply) is the test.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SYSTEM_PROMPT = (
    "You are a QA automation engineer. Convert the manual test case into one automated pytest "
    "test for the React component below, using Playwright's sync API and the `page` fixture. "
    "Start with `import os`, `from playwright.sync_api import Page, expect` and "
    '`BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")`, then `page.goto(BASE_URL)`. '
    "Prefer locators in this order: get_by_test_id, get_by_role with name, get_by_label, "
    "get_by_placeholder, get_by_text; use page.locator('#id') only when nothing else works. "
    "Use only elements that exist in the component. Check every expected result with `expect`. "
    "Reply with the Python code only."
)


TODO_PROMPT = (
    "You are a QA automation engineer finishing a pytest test written with Playwright's sync "
    "API. The test below was drafted from the manual test case, but one step could not be "
    "written: it is the last line, a `# TODO` comment. Write only the Python statements for "
    "that one step (one to three lines), using only the locators listed for the component, "
    "with the values the step gives (quoted as strings). If the step is an expected result, "
    "check it with `expect(...)`; never replace a check with an action."
)


# One worked example (written for this prompt, about no component of the corpora): small
# models copy a line of the test above without it.
TODO_EXAMPLE = """## Example
Locators:
page.get_by_label('Tip percent')  # input, textbox
page.get_by_role('button', name='Split bill')  # button, button
page.get_by_test_id('per-person')  # p, paragraph

Step: TODO: no value to enter in 'Put 15 as the tip'
```python
page.get_by_label("Tip percent").fill("15")
```

Step: TODO: no check written for 'each person pays 12.50': check it by hand
```python
expect(page.get_by_test_id("per-person")).to_contain_text("12.50")
```"""


def build_prompt(steps_text: str, component_source: str, component_name: str, locators: str = "") -> str:
    listed = f"## Locators of `{component_name}`\n{locators}\n\n" if locators else ""
    return (
        f"{SYSTEM_PROMPT}\n\n## Manual test case\n{steps_text.strip()}\n\n"
        f"## Component `{component_name}`\n```jsx\n{component_source.strip()}\n```\n\n"
        f"{listed}## Automated test\n```python\n"
    )


def todo_prompt(steps_text: str, component_name: str, locators: str, test_so_far: str, todo: str) -> str:
    """The question for one step the mapper left as a TODO: the steps, the component's
    locators and the test up to that TODO (the answer continues it)."""
    return (
        f"{TODO_PROMPT}\n\n{TODO_EXAMPLE}\n\n## Manual test case\n{steps_text.strip()}\n\n"
        f"## Locators of `{component_name}`\n{locators}\n\n"
        f"## The test so far\n```python\n{test_so_far.rstrip()}\n```\n\n"
        f"Write the statements for this step: {todo}"
    )


_CODE_BLOCK = re.compile(r"```(?:python|py)?\s*\n(.*?)(?:```|$)", re.DOTALL)


def extract_code(reply: str) -> str:
    """The test code in a model reply (the prompt ends inside a code fence, so a bare reply
    up to the closing fence is code too)."""
    if "```" not in reply:
        return reply.strip() + "\n"
    head = reply.split("```", 1)[0]
    if head.strip() and ("def test" in head or "import" in head):
        return head.strip() + "\n"
    blocks = _CODE_BLOCK.findall(reply)
    return (blocks[0] if blocks else reply).strip() + "\n"


def generate_with_model(
    complete: Callable[[str], str], steps_text: str, component_source: str, component_name: str,
    locators: str = "",
) -> str:
    return extract_code(complete(build_prompt(steps_text, component_source, component_name, locators)))

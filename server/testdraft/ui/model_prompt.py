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


def build_prompt(steps_text: str, component_source: str, component_name: str) -> str:
    return (
        f"{SYSTEM_PROMPT}\n\n## Manual test case\n{steps_text.strip()}\n\n"
        f"## Component `{component_name}`\n```jsx\n{component_source.strip()}\n```\n\n"
        "## Automated test\n```python\n"
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
    complete: Callable[[str], str], steps_text: str, component_source: str, component_name: str
) -> str:
    return extract_code(complete(build_prompt(steps_text, component_source, component_name)))

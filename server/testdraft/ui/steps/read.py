"""Manual test steps: from a sibling test case file, a comment above the component, or client text.

The format is the shared dataset's (`testcase.md`): `# <title>`, an optional `Preconditions:`
line, numbered steps, and `Expected result:` bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tree_sitter import Node

from testdraft.parsing.jsx import parse
from testdraft.ui.inventory import ComponentInfo, list_components


class NoStepsError(ValueError):
    """No manual test steps were found for the component."""


@dataclass
class TestCase:
    title: str
    preconditions: str = ""
    steps: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    source: str = ""  # where the steps came from, for messages


_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_EXPECTED = re.compile(r"^\s*\**\s*expected( results?)?\s*:?\**\s*:?\s*(.*)$", re.IGNORECASE)
_PRECONDITIONS = re.compile(r"^\s*\**\s*pre-?conditions?\s*:?\**\s*:?\s*(.*)$", re.IGNORECASE)


def parse_test_case(text: str, source: str = "") -> TestCase:
    """Parse the dataset's manual test case format; tolerant of missing sections."""
    case = TestCase(title="", source=source)
    section = "steps"
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("#") and not case.title:
            case.title = line.lstrip("# ").strip()
            continue
        if m := _PRECONDITIONS.match(line):
            case.preconditions = m.group(1).strip()
            section = "preconditions"
            continue
        if m := _EXPECTED.match(line):
            section = "expected"
            if m.group(2).strip():
                case.expected.append(m.group(2).strip())
            continue
        numbered = _NUMBERED.match(line)
        bullet = _BULLET.match(line)
        if numbered and section != "expected":
            case.steps.append(numbered.group(2).strip())
            section = "steps"
        elif (bullet or numbered) and section == "expected":
            item = bullet or numbered
            assert item is not None
            case.expected.append(item.group(item.lastindex or 1).strip())
        elif bullet and section in ("steps", "preconditions") and not case.steps:
            case.steps.append(bullet.group(1).strip())
        elif section == "preconditions":
            case.preconditions = f"{case.preconditions} {line.strip()}".strip()
        elif section == "expected" and case.expected:
            case.expected[-1] += " " + line.strip()
        elif section == "steps" and case.steps:
            case.steps[-1] += " " + line.strip()
        elif not case.title:
            case.title = line.strip()
    if not case.steps and not case.expected:
        raise NoStepsError(f"{source or 'test case'}: no numbered steps or expected results found")
    return case


def _comment_above(source: str, path: str, component: ComponentInfo) -> str | None:
    """The comment block right above the component, with comment markers stripped."""
    root = parse(source.encode("utf-8"), path).root_node
    comments: list[Node] = []
    for node in root.named_children:
        if node.type == "comment" and node.end_point[0] < component.start_line:
            if comments and comments[-1].end_point[0] < node.start_point[0] - 1:
                comments = []
            comments.append(node)
        elif node.start_point[0] >= component.start_line:
            break
        elif node.type != "comment":
            comments = []
    if not comments or comments[-1].end_point[0] < component.start_line - 1:
        return None
    lines = []
    for comment in comments:
        body = (comment.text or b"").decode("utf-8", "replace")
        for line in body.splitlines():
            line = re.sub(r"^\s*(/\*+|\*+/|\*(?!\*)|//+)", "", line)
            line = re.sub(r"\*+/\s*$", "", line)
            lines.append(line.rstrip())
    text = "\n".join(lines).strip()
    return text if _NUMBERED.search(text) or re.search(r"^\s*[-*]\s", text, re.M) else None


def find_steps(
    component_path: str,
    component_source: str,
    component_name: str | None = None,
    client_text: str | None = None,
) -> TestCase:
    """Steps in priority order: client text, `<Component>.testcase.md`, `testcase.md`, comment."""
    if client_text and client_text.strip():
        return parse_test_case(client_text, "client")
    folder = Path(component_path).parent
    components = list_components(parse(component_source.encode("utf-8"), component_path).root_node)
    chosen = next((c for c in components if c.name == component_name), None) or next(
        (c for c in components if c.is_default_export), components[0] if components else None
    )
    names = [f"{chosen.name}.testcase.md"] if chosen else []
    names += [f"{Path(component_path).stem}.testcase.md", "testcase.md"]
    for name in names:
        candidate = folder / name
        if candidate.is_file():
            return parse_test_case(candidate.read_text(encoding="utf-8"), str(candidate))
    if chosen is not None:
        comment = _comment_above(component_source, component_path, chosen)
        if comment:
            return parse_test_case(comment, f"comment above {chosen.name}")
    raise NoStepsError(
        f"no manual test steps for {component_path}: add {names[0] if names else 'testcase.md'} "
        "next to it, a numbered comment block above the component, or pass the steps"
    )

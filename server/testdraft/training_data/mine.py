"""Functions with doctest examples -> (prompt without examples, the examples as pytest tests).

The tests come from the product's own docstring generator (`DocstringExamplesGenerator`,
which uses the one docstring-example parser), so the model learns to write what the
docstring path writes when the examples are there; parametrized tests are spelled out as
plain asserts because a chat answer starts inside `def test_`. Every import a test needs
beyond `pytest` and the function itself goes inside the test, so the answer stands alone
after the prompt's pre-filled import lines, and one bad import fails one test, not a file.
"""

from __future__ import annotations

import ast
import logging
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.evaluation.package_problems import definition_text
from testdraft.generate.base import CandidateTest, ImportTarget
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.generate.pytest_code import free_names
from testdraft.parsing.languages import parse_python
from testdraft.project.imports import target_for
from testdraft.render.edits import literal_parametrize, substitute_parameters
from testdraft.spec.extract import extract_spec, find_function
from testdraft.spec.strip_examples import strip_examples_from_source

log = logging.getLogger(__name__)

MIN_DESCRIPTION_WORDS = 4  # a docstring that was nothing but examples leaves no task


@dataclass(frozen=True)
class MinedTest:
    name: str
    code: str  # `def test_...` with its own imports inside, as the training target writes it
    asserts: int


@dataclass
class MinedFunction:
    package: str
    module: str
    function: str
    prompt_source: str  # the function's source, examples removed from its docstring
    body_source: str  # the original function source, for decontamination
    import_line: str  # how tests import it (the prompt pre-fills this line)
    tests: list[MinedTest] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.module}.{self.function}"


def package_files(site_dir: Path, top_level: str) -> Iterator[tuple[Path, str]]:
    """(file, dotted module) for every module of a package, its own tests excluded."""
    root = site_dir / top_level
    if (site_dir / f"{top_level}.py").is_file():
        yield site_dir / f"{top_level}.py", top_level
        return
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(site_dir).with_suffix("").parts
        if any(part in {"tests", "test", "testing", "benchmarks"} or part.startswith("test_")
               for part in parts):
            continue
        if parts[-1] == "__main__":
            continue
        yield path, ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def mine_file(path: Path, module: str, package: str,
              globals_lines: dict[str, str]) -> list[MinedFunction]:
    """The top-level functions and public methods of one file with doctest examples."""
    try:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return []
    found = list(_documented_functions(tree))
    if not found:
        return []
    source_tree = parse_python(source.encode("utf-8"))
    mined = []
    for class_name, node in found:
        function_source = function_segment(source, node)
        qualname = f"{class_name}.{node.name}" if class_name else node.name
        ts_node = find_function(source_tree, qualname)
        if ts_node is None or function_source is None:
            continue
        prompt = prompt_source(function_source, node.name, class_name)
        if prompt is None:
            continue
        spec = extract_spec(ts_node)
        target = target_for(spec, module, ".")
        tests = []
        for candidate in DocstringExamplesGenerator().generate(spec, target):
            test = _standalone(candidate, target, globals_lines)
            if test is not None:
                tests.append(test)
        if tests:
            mined.append(MinedFunction(package, module, qualname, prompt, function_source,
                                       target.import_line, tests))
    return mined


def prompt_source(function_source: str, name: str, class_name: str = "") -> str | None:
    """What a prompt shows of a function: its source with the examples removed from its
    docstring, inside `class <class_name>:` for a method (the prompt finds a method by
    `Class.method` in its class); None when no description is left."""
    stripped = strip_examples_from_source(function_source, name)
    if not _has_description(stripped):
        return None
    if class_name:
        stripped = f"class {class_name}:\n" + textwrap.indent(stripped, "    ")
    return stripped


def _documented_functions(
    tree: ast.Module,
) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """(class name or "", function) for top-level functions and methods of public classes."""
    def documented(node: ast.stmt) -> bool:
        return (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                and not node.name.startswith("__")
                and ">>>" in (ast.get_docstring(node, clean=False) or ""))

    for node in tree.body:
        if documented(node):
            yield "", node  # type: ignore[misc]
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for member in node.body:
                if documented(member) and not member.name.startswith("_"):  # type: ignore[attr-defined]
                    yield node.name, member  # type: ignore[misc]


def function_segment(source: str, node: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The function's text from its first decorator (or `def`) to its last line, dedented."""
    return definition_text(source, node) or None


def _has_description(function_source: str) -> bool:
    try:
        node = ast.parse(function_source).body[0]
    except (SyntaxError, IndexError):
        return False
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    return len((ast.get_docstring(node) or "").split()) >= MIN_DESCRIPTION_WORDS


def _standalone(candidate: CandidateTest, target: ImportTarget,
                globals_lines: dict[str, str]) -> MinedTest | None:
    """The candidate as one self-contained test function, or None when it checks nothing."""
    if candidate.is_placeholder or "doctest:" in candidate.code:
        return None  # `# doctest: +SKIP` and friends would swallow the expected value
    code = unparametrize(candidate.code)
    try:
        function = ast.parse(code).body[0]
        compile(code, "<test>", "exec")  # e.g. `import *` replayed inside a function
    except (SyntaxError, IndexError, ValueError):
        return None
    if not isinstance(function, ast.FunctionDef):
        return None
    prefilled = {"import pytest", target.import_line}
    imports = [line for line in candidate.imports if line not in prefilled]
    missing = free_names([code]) - {target.import_line.rsplit(" ", 1)[-1], "pytest"}
    for name in sorted(missing):
        line = globals_lines.get(name)
        if line is not None and line not in imports:
            imports.append(line)
    asserts = check_count(function)
    if asserts == 0:
        return None
    header, _, rest = code.partition("\n")
    inner = "".join(f"    {line}\n" for line in imports)
    return MinedTest(function.name, f"{header}\n{inner}{rest}".rstrip() + "\n", asserts)


def check_count(node: ast.AST) -> int:
    """Asserts and `with pytest.raises(...)` blocks in `node`."""
    return sum(isinstance(child, ast.Assert) or _is_raises(child) for child in ast.walk(node))


def _is_raises(node: ast.AST) -> bool:
    return (isinstance(node, ast.With) and any(
        isinstance(item.context_expr, ast.Call)
        and ast.unparse(item.context_expr.func) == "pytest.raises" for item in node.items))


def unparametrize(code: str) -> str:
    """A `pytest.mark.parametrize` test spelled out as one plain assert per row.

    `@parametrize(("x", "expected"), [(1, 2), (3, 4)])` over `assert f(x) == expected`
    becomes `assert f(1) == 2` and `assert f(3) == 4` (a docstring stays first, once; other
    arguments, fixtures, stay arguments). Anything else is returned as is.
    """
    try:
        function = ast.parse(code).body[0]
    except (SyntaxError, IndexError):
        return code
    if not isinstance(function, ast.FunctionDef) or len(function.decorator_list) != 1:
        return code
    rows = literal_parametrize(function.decorator_list[0])
    if not rows:
        return code
    body = function.body
    fixtures = [a.arg for a in function.args.args if a.arg not in rows[0]]  # e.g. tmp_path
    lines = [f"def {function.name}({', '.join(fixtures)}):"]
    if ast.get_docstring(function, clean=False) is not None:  # as written (its quotes, its lines)
        lines.append("    " + (ast.get_source_segment(code, body[0]) or ast.unparse(body[0])))
        body = body[1:]
    try:
        statements = [ast.unparse(substitute_parameters(statement, row)) for row in rows for statement in body]
    except ValueError:  # e.g. a backslash in an f-string's expression, before Python 3.12
        return code
    return "\n".join(lines + ["    " + line for s in statements for line in s.splitlines()])

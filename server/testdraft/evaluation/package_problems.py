"""Problems whose function lives in a real package: the training data's pairs (`--dataset heldout`).

Each line of a pairs file (`python -m testdraft.training_data` writes them) names a function
of an installed package: `module`, `function` (its qualname), `source` (the function with
the examples removed from its docstring, body kept), `tests` (the verified reference tests),
`package` and `wheel`. `heldout` is `models/training-data/pairs-heldout.jsonl.gz`: packages
never trained on.

A problem is the function in its real module, inside a copy of its package:
- TDD: the module as it is, with that one function reduced to its signature and docstring
  (examples removed, as in the pair); the rest of the module and package are intact, so a
  test imports it as a user's would (`from python_utils.converters import to_float`);
- validated: the module with the pair's function (examples removed, body kept);
- scoring runs the tests against the real installed module, unchanged
  (`testdraft.evaluation.package_runner`), by units: each check with the set-up before it
  (`testdraft.evaluation.settings.problem_setting_input`). The reference tests are the
  pair's test module, under the `import pytest` it was verified with, scored the same way.

`--limit N` keeps a prefix of a fixed, mixed order: each package's pairs are shuffled with a
fixed seed, then the packages are interleaved in proportion to their size (the k-th of a
package's n pairs sits at (k + 0.5) / n), so any prefix holds every package about in
proportion to its share of the file, whatever order the file lists them in.

A function whose real body is a stub (sqlglot's abstract `Expr.*` methods: they raise
`NotImplementedError`, and the pair's tests exercise a subclass) is left out, with a warning:
nothing of it can be covered or mutated. `heldout` holds 144 pairs, 138 problems.
"""

from __future__ import annotations

import ast
import gzip
import json
import logging
import random
import shutil
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from testdraft.evaluation.problems import DatasetError, Problem, pytester_prompt
from testdraft.spec.locate import Function, is_implemented
from testdraft.training_data.pairs import TRAINING_DATA_DIR

log = logging.getLogger(__name__)

HELDOUT = "heldout"
HELDOUT_PAIRS = TRAINING_DATA_DIR / "pairs-heldout.jsonl.gz"
ORDER_SEED = 13
_FIELDS = ("source", "tests", "function", "module", "package", "wheel")
BUILD_COMMAND = "python -m testdraft.training_data"
# The pairs' tests passed under `import pytest` and the function's import
# (`testdraft.training_data.verify`); the sandbox's header brings the function.
VERIFIED_HEADER = "import pytest\n\n\n"


@dataclass(frozen=True)
class PackageLocation:
    """Where a problem's function lives: a module of a package unpacked in `site_dir`."""

    site_dir: str  # the unpacked wheels, what `python -m testdraft.training_data` builds
    package: str  # the PyPI name
    wheel: str  # the wheel it came from (checked against the site's unpack markers)
    module: str  # dotted
    qualname: str  # `func` or `Class.method`
    path: str  # the module's file, relative to `site_dir`

    @property
    def top(self) -> str:
        """The top-level package folder (or single-file module) the module belongs to."""
        return Path(self.path).parts[0]


def is_pairs_dataset(name: str) -> bool:
    return name.lower() == HELDOUT or name.endswith((".jsonl", ".jsonl.gz"))


def load_pairs_dataset(name: str) -> list[Problem]:
    """`heldout` or a pairs file, as problems in the mixed order (see the module doc)."""
    path = HELDOUT_PAIRS if name.lower() == HELDOUT else Path(name)
    if not path.is_file():
        raise DatasetError(f"pairs file not found: {path}")
    pairs = read_pairs(path)
    site = site_dir_for(path)
    problems = [package_problem(pair, site) for pair in mixed_order(pairs)]
    kept = [problem for problem in problems if not _abstract(problem)]
    if len(kept) < len(problems):
        log.warning("%s: %d of %d functions left out: abstract in the real package (the body only "
                    "raises; the tests exercise a subclass), so nothing of theirs can be covered",
                    path.name, len(problems) - len(kept), len(problems))
    return kept


def _abstract(problem: Problem) -> bool:
    """The real function is a stub (`raise NotImplementedError`): sqlglot's `Expr` trait."""
    assert problem.location is not None
    real = (Path(problem.location.site_dir) / problem.location.path).read_text(encoding="utf-8")
    return not is_implemented(real, problem.qualname)


def read_pairs(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    pairs = []
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise DatasetError(f"{path}:{number}: not a training pair (a JSON object per line)")
                missing = [key for key in _FIELDS if not isinstance(record.get(key), str)]
                if missing:
                    raise DatasetError(f"{path}:{number}: not a training pair, missing {', '.join(missing)}")
                pairs.append({key: record[key] for key in _FIELDS})
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read pairs: {exc}") from exc
    if not pairs:
        raise DatasetError(f"{path}: no pairs")
    return pairs


def site_dir_for(pairs_path: Path) -> Path:
    """The unpacked packages: `site/` beside the pairs' `data/` folder (the layout of
    `python -m testdraft.training_data --cache-dir DIR`), else the default cache's."""
    beside = pairs_path.resolve().parent.parent / "site"
    if beside.is_dir():
        return beside
    from testdraft.training_data.build import default_cache_dir

    site = default_cache_dir() / "site"
    if not site.is_dir():
        raise DatasetError(
            f"the packages of {pairs_path.name} are not installed ({site} is missing): build them with "
            f"`{BUILD_COMMAND}` (it fetches the pinned wheels and unpacks them there; about 10 minutes)"
        )
    return site


def mixed_order(pairs: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each package shuffled with a fixed seed, the packages interleaved by share."""
    by_package: dict[str, list[dict[str, str]]] = {}
    for pair in pairs:
        by_package.setdefault(pair["package"], []).append(pair)
    placed = []
    for package, members in sorted(by_package.items()):
        members.sort(key=lambda pair: (pair.get("module", ""), pair["function"]))
        random.Random(f"{ORDER_SEED}:{package}").shuffle(members)
        placed += [((k + 0.5) / len(members), package, pair) for k, pair in enumerate(members)]
    return [pair for _, _, pair in sorted(placed, key=lambda item: (item[0], item[1]))]


def package_problem(pair: Mapping[str, str], site: Path) -> Problem:
    module, qualname = pair["module"], pair["function"]
    if not (site / f".{pair['wheel']}.unpacked").exists():
        raise DatasetError(
            f"{site} does not hold {pair['wheel']} (the pairs come from another build): rebuild it "
            f"with `{BUILD_COMMAND}`"
        )
    path = module_file(site, module)
    if path is None:
        raise DatasetError(f"{module} is not in {site}: rebuild it with `{BUILD_COMMAND}`")
    real = path.read_text(encoding="utf-8")
    task_id = f"{module}::{qualname}"
    try:
        function = pair_function(pair["source"], qualname)
        stub = definition_stub(pair["source"], function)
        tdd = replace_function(real, qualname, stub)
        validated = replace_function(real, qualname, definition_text(pair["source"], function))
    except (SyntaxError, LookupError) as exc:
        raise DatasetError(f"{task_id}: {exc}") from exc
    fn_name = qualname.rsplit(".", 1)[-1]
    return Problem(
        task_id=task_id,
        prompt_code=tdd,
        solution="",
        fn_name=fn_name,  # what PyTester's settings look for in an assert
        prompt_testcase=pytester_prompt(_pair_prompt(pair["source"], function), fn_name),
        reference_tests=(VERIFIED_HEADER + pair["tests"],),  # a test module, scored by units
        reference=validated,
        location=PackageLocation(str(site), pair["package"], pair["wheel"], module, qualname,
                                 path.relative_to(site).as_posix()),
    )


def module_file(site: Path, module: str) -> Path | None:
    stem = site.joinpath(*module.split("."))
    for candidate in (stem.with_suffix(".py"), stem / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def find_definition(tree: ast.Module, qualname: str) -> Function:
    """A top-level function or a method by `Class.method`; the last definition wins, as at
    run time and in the pipeline."""
    *owners, name = qualname.split(".")
    body: list[ast.stmt] = tree.body
    for owner in owners:
        classes = [node for node in body if isinstance(node, ast.ClassDef) and node.name == owner]
        if not classes:
            raise LookupError(f"no class {owner!r} for {qualname!r}")
        body = classes[-1].body
    functions = [node for node in body if isinstance(node, Function) and node.name == name]
    if not functions:
        raise LookupError(f"no function {qualname!r}")
    return functions[-1]


def _first_line(node: Function) -> int:
    return min([node.lineno, *(d.lineno for d in node.decorator_list)])


def pair_function(source: str, qualname: str) -> Function:
    """The function in a pair's `source` (a method comes inside `class C:`)."""
    tree = ast.parse(source)
    owner = qualname.split(".")[0] if "." in qualname else None
    return find_definition(tree, f"{owner}.{qualname.rsplit('.', 1)[-1]}" if owner else qualname)


def _lines(source: str, first: int, last: int) -> str:
    return textwrap.dedent("".join(source.splitlines(keepends=True)[first - 1 : last]))


def definition_text(source: str, function: Function) -> str:
    """The function's text, decorators to last line, dedented."""
    return _lines(source, _first_line(function), function.end_lineno or function.lineno)


def definition_stub(source: str, function: Function) -> str:
    """The function up to its docstring: no body, so the pipeline sees it unimplemented."""
    docstring = function.body[0]
    if not (isinstance(docstring, ast.Expr) and isinstance(docstring.value, ast.Constant)
            and isinstance(docstring.value.value, str)):
        raise LookupError("the pair's function has no docstring")
    return _lines(source, _first_line(function), docstring.end_lineno or docstring.lineno)


def _pair_prompt(source: str, function: Function) -> str:
    """The pair's prompt without its body (a method inside its class), for the syntax check."""
    stub = definition_stub(source, function)
    if function.col_offset == 0:
        return stub
    return source.splitlines(keepends=True)[0] + textwrap.indent(stub, " " * function.col_offset)


def replace_function(module_text: str, qualname: str, function_text: str) -> str:
    """`module_text` with the definition of `qualname` replaced by `function_text` (dedented)."""
    node = find_definition(ast.parse(module_text), qualname)
    lines = module_text.splitlines(keepends=True)
    start, end = _first_line(node) - 1, node.end_lineno or node.lineno
    indented = textwrap.indent(function_text, " " * node.col_offset)
    return "".join([*lines[:start], indented if indented.endswith("\n") else indented + "\n", *lines[end:]])


def write_package(location: PackageLocation, module_text: str, project: Path) -> Path:
    """A copy of the function's package in `project` with its module replaced by
    `module_text`; returns the module's path."""
    source = Path(location.site_dir) / location.top
    if source.is_dir():
        copy_tree(source, project / location.top)
    target = project / location.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(module_text, encoding="utf-8")
    return target


def copy_tree(source: Path, destination: Path) -> None:
    """A copy (never links: what runs there must not reach the originals), bytecode left out."""
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)

"""Each doctest form real docstrings use, through `testdraft suggest --write`, run by pytest.

One module holds a function per form. The CLI writes every function's tests into the
project's test module (as a user would, one function after another); pytest then runs
that file against the real module, and against a copy whose functions all return None:
every test must pass on the first and fail on the second (a test that cannot fail is
vacuous). Each form also leaves its mark in the code (the directive's meaning, not its text).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.conftest import run_suggest

FORMS = textwrap.dedent(
    '''\
    # forms.py - a license header above the module docstring, as real modules start
    #
    """Forms of doctest.

    >>> shout("hi")
    'HI!'
    >>> parts = halves(9)
    >>> len(parts)
    2
    >>> parts[0]
    4
    """

    import collections

    from shapes import *

    try:
        from math import isqrt as _isqrt
        FAST = True
    except ImportError:
        FAST = False

    Point = collections.namedtuple("Point", "x y")


    def shout(text):
        return text.upper() + "!"


    def halves(n):
        return [n // 2, n - n // 2]


    def square(n):
        """Square.

        >>> unused = [999]
        >>> square(unused)  # doctest: +SKIP
        999
        >>> square(4)
        16
        """
        return n * n


    def countdown(n):
        """Long output, shortened.

        >>> countdown(30)  # doctest: +ELLIPSIS
        [30, 29, 28, ..., 1]
        """
        return list(range(n, 0, -1))


    def spaced(n):
        """Wrapped output.

        >>> spaced(12)  # doctest: +NORMALIZE_WHITESPACE
        [0, 1, 2, 3, 4, 5,
         6, 7, 8, 9, 10, 11]
        """
        return list(range(n))


    def strict_root(x):
        """Raises with a message the example does not care about.

        >>> strict_root(-1)  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ValueError: whatever the message says
        >>> strict_root(9)
        3.0
        """
        if x < 0:
            raise ValueError("negative input (%s)" % x)
        return x ** 0.5


    def checked(n):
        """A traceback with its message.

        >>> checked(-2)
        Traceback (most recent call last):
          ...
        ValueError: n must be >= 0 (got -2)
        >>> checked(2)
        2
        """
        if n < 0:
            raise ValueError(f"n must be >= 0 (got {n})")
        return n


    def table(n):
        """Several lines of output.

        >>> table(3)
        {'one': 1,
         'three': 3,
         'two': 2}
        """
        names = {1: "one", 2: "two", 3: "three"}
        return {names[i]: i for i in range(1, n + 1)}


    def swapped(mapping):
        """Pretty-printed output.

        >>> import pprint
        >>> pprint.pprint(swapped({'b': 1, 'a': 2}))
        {1: 'b', 2: 'a'}
        """
        return {value: key for key, value in mapping.items()}


    def report(items):
        """Printed output.

        >>> report(["a", "b"])
        - a
        - b
        >>> print(len(items_of(report)))
        6
        """
        for item in items:
            print("-", item)


    def items_of(function):
        return function.__name__


    def is_even(n):
        """Predicates.

        >>> is_even(4)
        True
        >>> is_even(3)
        False
        >>> is_even(10) == (10 % 2 == 0)
        True
        """
        return n % 2 == 0


    def make_box(size):
        """Outputs that are not literals.

        >>> make_box(2)  # doctest: +ELLIPSIS
        <forms.Box object at 0x...>
        >>> make_box(3).sides()
        {1, 2, 3}
        >>> make_box(1).ratio()
        0.30000000000000004
        >>> make_box(5).corner()
        Point(x=5, y=5)
        """
        return Box(size)


    class Box:
        def __init__(self, size):
            self.size = size

        def sides(self):
            return set(range(1, self.size + 1))

        def ratio(self):
            return 0.1 + 0.2

        def corner(self):
            return Point(self.size, self.size)


    class Stack:
        """A stack.

        >>> s = Stack()
        >>> s.push(1)
        >>> s.push(2)
        >>> s.pop()
        2
        """

        def __init__(self):
            self.items = []

        def push(self, item):
            self.items.append(item)

        def pop(self):
            return self.items.pop()


    def split_pay(total, people):
        """Outputs of expressions that bind looser than `==`.

        >>> split_pay(10, 3), split_pay(9, 3)
        ((3, 1), (3, 0))
        >>> split_pay(7, 7) or "nothing"
        (1, 0)
        >>> split_pay(8, 3) if True else None
        (2, 2)
        """
        return divmod(total, people)


    def google(a, b):
        """Google style.

        Args:
            a: first.
            b: second.

        Examples:
            >>> google(2, 3)
            5
            >>> google("a", "b")
            'ab'
        """
        return a + b


    def numpy_style(values):
        """NumPy style.

        Parameters
        ----------
        values : list

        Examples
        --------
        >>> numpy_style([3, 1, 2])
        [1, 2, 3]
        """
        return sorted(values)


    def grid(rows):
        """A table whose repr starts with spaces (as a DataFrame's does).

        >>> grid([("a", 1), ("bb", 2)])
            name  n
        0     a  1
        1    bb  2
        """
        return Grid(rows)


    class Grid:
        def __init__(self, rows):
            self.rows = rows

        def __repr__(self):
            return "\\n".join(["    name  n"] + [f"{i}  {name:>4}  {n}" for i, (name, n) in enumerate(self.rows)])


    def reverse(text):
        """The result told in a comment, not on an output line.

        >>> reverse("hello")  # returns 'olleh'
        >>> reverse("ab")  # possible output: 'ba'
        """
        return text[::-1]


    def first_column(table):
        """Called through the method the module binds it to.

        >>> Table([[1, 2], [3, 4]]).first()
        [1, 3]
        """
        return [row[0] for row in table.rows]


    class Table:
        def __init__(self, rows):
            self.rows = rows


    Table.first = first_column


    def save_lines(lines, path):
        """Writes a file the example reads back.

        >>> save_lines(["a", "b"], "example.txt")
        >>> open("example.txt").read()
        'a\\\\nb\\\\n'
        """
        with open(path, "w") as out:
            out.write("\\n".join(lines) + "\\n")


    class Tally:
        """Counts what it is given; shown in the class's docstring, as real libraries do.

        >>> tally = Tally("abca")
        >>> tally.count("a")
        2
        >>> tally.total()
        4
        >>> _ * 10
        40
        >>> tally.counts["z"] = 6
        >>> tally.count("z")
        6
        >>> other = Point(1, 2)
        >>> other.x
        1
        """

        def __init__(self, items):
            self.counts = collections.Counter(items)

        def count(self, item):
            return self.counts[item]

        def total(self):
            return sum(self.counts.values())


    def area(shape):
        """Made with a helper that `from shapes import *` brings in.

        >>> area(square_of(3))
        9
        >>> area(square_of(-1))
        Traceback (most recent call last):
            ...
        ShapeError: ...
        """
        if shape.side < 0:
            raise ShapeError(f"side {shape.side} is negative")
        return shape.side ** 2


    def save_rows(rows, path):
        """Writes a file through the function alone; another module's function reads it back.

        >>> save_rows([["a", 1]], "rows.csv")
        >>> load_rows("rows.csv")
        [['a', '1']]
        """
        with open(path, "w") as out:
            out.writelines(",".join(map(str, row)) + "\\n" for row in rows)


    def parse_port(text):
        """Tracebacks whose message is elided, with no ELLIPSIS flag in sight.

        >>> parse_port("80")
        80
        >>> parse_port("x80")
        Traceback (most recent call last):
            ...
        ValueError: ...
        >>> parse_port("70000")
        Traceback (most recent call last):
            ...
        ValueError: port ... out of range
        """
        if not text.isdigit():
            raise ValueError(f"not a number: {text!r}")
        if int(text) > 65535:
            raise ValueError(f"port {text} out of range")
        return int(text)


    def root_of(n):
        """Uses a name the module binds inside `try`.

        >>> root_of(17) == (4, FAST)
        True
        """
        return _isqrt(n), FAST


    def word_length(word):
        """Values shown from inside a block: doctest displays them there too.

        >>> for word in ["a", "bb"]:
        ...     word_length(word)
        ...     print("-")
        1
        -
        2
        -
        """
        return len(word)


    class Globber:
        def translate(self, pattern):
            self.restrict(pattern)
            return pattern.replace("*", ".*")

        def restrict(self, pattern):
            """Documented through the method that calls it.

            >>> Globber().translate("a**")
            Traceback (most recent call last):
            ...
            ValueError: ** must stand alone
            """
            if "**" in pattern and pattern != "**":
                raise ValueError("** must stand alone")


    def tag(name):
        return f"<{name}>"


    class Page:
        def __init__(self):
            self.parts = []

        def tag(self, name):
            """The examples bind the method's name to the module's function.

            >>> from forms import tag
            >>> page = Page()
            >>> page.tag(tag("b"))
            ['<b>']
            """
            self.parts.append(name)
            return self.parts


    def sphinx(text):
        """Sphinx blocks.

        .. testsetup::

           base = "abc"

        .. doctest::
           :options: +ELLIPSIS

           >>> sphinx(base * 10)
           'ABCABC...ABC'

        .. code-block:: pycon

           >>> sphinx("x")
           'X'
        """
        return text.upper()
    '''
)

# Each function: what its tests' code must show (the form kept its meaning).
MARKS = {
    "shout": ["assert shout(\"hi\") == 'HI!'"],
    "square": ["square(4) == 16"],
    "halves": ["parts = halves(9)", "assert len(parts) == 2", "assert parts[0] == 4"],
    "countdown": ["doctest.OutputChecker().check_output(", "doctest.ELLIPSIS"],
    "spaced": ["doctest.NORMALIZE_WHITESPACE"],
    "strict_root": ["pytest.raises(ValueError):"],
    "checked": ['pytest.raises(ValueError, match=re.escape("n must be >= 0 (got -2)"))'],
    "table": ["== {'one': 1, 'three': 3, 'two': 2}"],
    "report": ["capsys.readouterr().out", '"- a\\n- b\\n"'],
    "swapped": ["pprint.pprint(swapped(", "capsys.readouterr().out"],
    "is_even": ["assert is_even(4) is True", "assert is_even(3) is False", "assert is_even(10) == (10 % 2 == 0)"],
    "make_box": ["{1, 2, 3}", "approx(0.30000000000000004)", 'repr(make_box(5).corner()) == "Point(x=5, y=5)"'],
    "Stack.pop": ["s = Stack()", "assert s.pop() == 2"],
    "split_pay": ["assert (split_pay(10, 3), split_pay(9, 3)) == ((3, 1), (3, 0))",
                  'assert (split_pay(7, 7) or "nothing") == (1, 0)',
                  "assert (split_pay(8, 3) if True else None) == (2, 2)"],
    "google": ["google"],
    "numpy_style": ["[1, 2, 3]"],
    "grid": ['== "    name  n\\n0     a  1\\n1    bb  2"'],
    "reverse": ["assert reverse(\"hello\") == 'olleh'"],
    "first_column": ["assert Table([[1, 2], [3, 4]]).first() == [1, 3]"],
    "save_lines": ["(tmp_path, monkeypatch):", "monkeypatch.chdir(tmp_path)"],
    "Tally.__init__": ['tally = Tally("abca")', "_ = tally.total()", "assert _ * 10 == 40",
                       'tally.counts["z"] = 6'],
    "area": ["from forms import square_of", "with pytest.raises(ShapeError):"],
    "save_rows": ["def test_save_rows_examples(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)"],
    "parse_port": ['with pytest.raises(ValueError):\n        parse_port("x80")', "match='(?s)port"],
    "root_of": ["from forms import FAST"],
    "word_length": ["sys.displayhook(word_length(word))", "print('-')", '"1\\n-\\n2\\n-\\n"'],
    "Globber.restrict": ['Globber().translate("a**")'],
    "Page.tag": ['assert page.tag(tag("b")) == '],
    "sphinx": ['base = "abc"', "doctest.ELLIPSIS"],
}
# What must never reach the file: directive text, a skipped example (nor the setup only it
# used), a chained comparison.
NEVER = ["# doctest:", "999", "== True", "== False", "== 'ba'", "other.x"]
SHAPES = textwrap.dedent(
    """\
    __all__ = ["square_of", "load_rows", "ShapeError"]


    class ShapeError(ValueError):
        pass


    class Square:
        def __init__(self, side):
            self.side = side


    def square_of(side):
        return Square(side)


    def load_rows(path):
        with open(path) as source:
            return [line.rstrip("\\n").split(",") for line in source]
    """
)


def _suggest_all(project: Path) -> dict[str, str]:
    codes: dict[str, str] = {}
    for name in MARKS:
        result = run_suggest(project, f"forms.py::{name}", "--write")
        assert result.returncode == 0, result.stderr
        codes[name] = (project / "tests" / "test_forms.py").read_text()
    return codes


def _stub(source: str) -> str:
    """Every function and method keeps its docstring and returns None."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            docstring = ast.get_docstring(node)
            node.body = [ast.Expr(ast.Constant(docstring))] if docstring else []
            node.body.append(ast.Return(ast.Constant(None)))
    return ast.unparse(ast.fix_missing_locations(tree))


def _outcomes(project: Path) -> dict[str, bool]:
    report = project / "junit.xml"
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml", str(report), "tests"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return {
        case.get("name", ""): case.find("failure") is None and case.find("error") is None
        for case in ET.parse(report).iter("testcase")
    }


@pytest.fixture(scope="module")
def suggested(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, bool], dict[str, bool]]:
    project = tmp_path_factory.mktemp("forms")
    (project / "pyproject.toml").write_text('[project]\nname = "forms"\nversion = "0"\n')
    (project / "forms.py").write_text(FORMS)
    (project / "shapes.py").write_text(SHAPES)
    code = _suggest_all(project)[list(MARKS)[-1]]
    real = _outcomes(project)
    stubbed = project.parent / "stubbed"
    shutil.copytree(project, stubbed)
    (stubbed / "forms.py").write_text(_stub(FORMS))
    return code, real, _outcomes(stubbed)


def _tests_of(name: str, outcomes: dict[str, bool]) -> dict[str, bool]:
    prefix = "test_" + re.sub("_+", "_", name.replace(".", "_").lower()).strip("_") + "_"  # Tally.__init__ too
    found = {test: ok for test, ok in outcomes.items() if test.startswith(prefix)}
    assert found, f"no test for {name} in {sorted(outcomes)}"
    return found


@pytest.mark.parametrize("name", list(MARKS))
def test_form_passes_on_the_implementation_and_fails_on_a_stub(
    name: str, suggested: tuple[str, dict[str, bool], dict[str, bool]]
) -> None:
    code, real, stubbed = suggested
    assert all(_tests_of(name, real).values()), (name, code)
    assert not any(_tests_of(name, stubbed).values()), (name, code)


@pytest.mark.parametrize("name", list(MARKS))
def test_form_keeps_its_meaning_in_the_code(name: str, suggested: tuple[str, dict[str, bool], dict[str, bool]]) -> None:
    code = suggested[0]
    for mark in MARKS[name]:
        assert mark in code, (name, mark, code)


def test_no_directive_text_skipped_example_or_chained_comparison(
    suggested: tuple[str, dict[str, bool], dict[str, bool]],
) -> None:
    code = suggested[0]
    ast.parse(code)
    for text in NEVER:
        assert text not in code, (text, code)


BOXED = '''\
def boxed(n):
    """A table printed by its repr, whose text ends in a newline the example does not show.

    >>> boxed(2)
    +---+
    | 0 |
    | 1 |
    +---+
    """
    return Boxed(n)


class Boxed:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "+---+\\n" + "".join(f"| {i} |\\n" for i in range(self.n)) + "+---+\\n"
'''


@pytest.mark.parametrize("configured", [True, False])
def test_the_projects_doctest_optionflags_decide_how_outputs_compare(tmp_path: Path, configured: bool) -> None:
    """`doctest_optionflags = NORMALIZE_WHITESPACE` in the project's pytest configuration: its
    doctests pass with the trailing newline, so its examples mean that; without it, doctest's
    exact comparison stands (and the drafted test fails, as the project's doctest would)."""
    options = '[tool.pytest.ini_options]\ndoctest_optionflags = "NORMALIZE_WHITESPACE"\n' if configured else ""
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "boxes"\nversion = "0"\n{options}')
    (tmp_path / "boxes.py").write_text(BOXED)
    result = run_suggest(tmp_path, "boxes.py::boxed", "--write")
    assert result.returncode == 0, result.stderr
    code = (tmp_path / "tests" / "test_boxes.py").read_text()
    assert ("doctest.NORMALIZE_WHITESPACE" in code) is configured, code
    outcomes = _outcomes(tmp_path)
    assert outcomes and all(outcomes.values()) is configured, (code, outcomes)
    if configured:
        (tmp_path / "boxes.py").write_text(_stub(BOXED))
        assert not any(_outcomes(tmp_path).values()), "the test passes against a stub returning None"


def test_a_packages_relative_imports_in_its_doctests_are_made_absolute(tmp_path: Path) -> None:
    """A module's doctests run in its package (`>>> from .units import KILO`); a test module
    does not, so the test imports from the package by name."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "metric"\nversion = "0"\n')
    package = tmp_path / "metric"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "units.py").write_text("KILO = 1000\n")
    (package / "convert.py").write_text(textwrap.dedent('''\
        """Conversions.

        >>> from .units import KILO
        >>> to_grams(2) == 2 * KILO
        True
        """


        def to_grams(kilos):
            return kilos * 1000
        '''))
    result = run_suggest(tmp_path, "metric/convert.py::to_grams", "--write")
    assert result.returncode == 0, result.stderr
    code = (tmp_path / "tests" / "test_convert.py").read_text()
    assert "from metric.units import KILO" in code and "from ." not in code, code
    outcomes = _outcomes(tmp_path)
    assert outcomes and all(outcomes.values()), (code, outcomes)
    (package / "convert.py").write_text(_stub((package / "convert.py").read_text()))
    assert not any(_outcomes(tmp_path).values()), "the test passes against a stub returning None"

"""PyTester's measurement conventions, applied to what the validation engine reports.

PyTester ran each problem as one script: a fixed block of imports, the prompt, the
reference solution, then the asserts. Its coverage figure is `coverage run` over that
whole script (`int(percent_covered)`, so truncated), which is why it sits above the
coverage of the solution alone. The engine measures the function under test; this module
turns that into the script-level figure without running anything a second time: every
statement of the script outside the function body runs when the asserts pass, so only
the body's uncovered lines are missing.
"""

from __future__ import annotations

import importlib.util
import warnings
from collections.abc import Sequence


def _numpy_lines() -> tuple[str, str]:
    # Without numpy the two lines become stand-ins of the same statement count, so the
    # coverage convention is unchanged and only asserts that use numpy are affected.
    if importlib.util.find_spec("numpy") is not None:
        return "import numpy as np\n", "from numpy import inf\n"
    return "np = None\n", "inf = float('inf')\n"


_NUMPY, _INF = _numpy_lines()

# The imports PyTester puts above every solution (handlers/testing_util_v2.py).
PYTESTER_HEADER = (
    "import sys\nimport time\nimport itertools\n"
    "from itertools import accumulate, product, permutations, combinations\n"
    "import collections\n"
    "from collections import Counter, OrderedDict, deque, defaultdict, ChainMap\n"
    "from functools import lru_cache\nimport math\n"
    "from math import sqrt, sin, cos, tan, ceil, fabs, floor, gcd, exp, log, log2\n"
    f"import fractions\nfrom typing import List, Tuple\n{_NUMPY}import random\n"
    f"import heapq\nfrom heapq import *\n{_INF}"
)


def solution_module(reference_code: str, asserts: Sequence[str] = ()) -> str:
    """The module under test: PyTester's imports, then prompt + solution.

    Our generators write `pytest.approx`/`pytest.raises`; the asserts see this module's
    names, so `pytest` is imported here when they use it (PyTester's outputs never do).
    """
    uses_pytest = any("pytest." in line for line in asserts)
    return PYTESTER_HEADER + ("import pytest\n" if uses_pytest else "") + reference_code


def pytester_script(reference_code: str, asserts: Sequence[str]) -> str:
    return solution_module(reference_code, asserts) + "\n".join(asserts)


def statement_count(source: str) -> int:
    """Executable lines as coverage.py counts them (docstrings excluded)."""
    from coverage.parser import PythonParser

    parser = PythonParser(text=source)
    with warnings.catch_warnings():
        # Generated asserts like `assert (x, "msg")` warn when compiled; that is their problem.
        warnings.simplefilter("ignore", SyntaxWarning)
        parser.parse_source()
    return len(parser.statements)


def script_coverage(reference_code: str, asserts: Sequence[str], missing_in_body: int) -> float:
    """PyTester's figure for a passing problem: the whole script, truncated to an int."""
    total = statement_count(pytester_script(reference_code, asserts))
    if total == 0:
        return 0.0
    return float(int(100.0 * (total - missing_in_body) / total))

"""Time to gather the prompt context (project/context.py) for a method in a 5,000-line module.

The project: `big/models.py` (the dataclasses the big module imports), `big/service.py`
(5,000 lines: 100 classes of 50 lines, each with a constructor, fields and methods that call
helpers and take the imported types), a conftest.py with fixtures and an existing test
file. Prints the first (cold: jedi's caches empty) and the median/p95 of 30 warm runs at
methods all over the module, which is what the server sees after its first request. Then,
in a fresh process, the first request after `warm_up_jedi` (what the server runs after
`initialized`): the editor's first code action. Goal (issue 4's budget): under 200 ms.

    PYTHONPATH=server python benchmarks/bench_context.py
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "server")]

from testdraft.parsing.languages import parse_python  # noqa: E402
from testdraft.project.context import gather_context  # noqa: E402
from testdraft.project.imports import warm_up_jedi  # noqa: E402
from testdraft.spec.extract import extract_spec, find_function  # noqa: E402

CLASSES = 100  # x 50 lines


def _service() -> str:
    parts = ['"""A large service module."""\n\nfrom __future__ import annotations\n\n'
             "from big.models import Order, Customer\n\n\n"]
    for index in range(CLASSES):
        parts.append(
            f"def helper_{index}(order: Order) -> int:\n"
            f'    """Weight of an order for rule {index}."""\n'
            f"    return order.quantity * {index}\n\n\n"
            f"class Rule{index}:\n"
            f'    """Pricing rule number {index}."""\n\n'
            f"    limit: int = {index}\n\n"
            f"    def __init__(self, customer: Customer, factor: float = 1.0) -> None:\n"
            f"        self.customer = customer\n"
            f"        self.factor = factor\n"
            f"        self.seen: list[Order] = []\n\n"
            + "".join(
                f"    def method_{m}(self, order: Order, extra: int = 0) -> int:\n"
                f'        """Price of `order` under variant {m}."""\n'
                f"        self.seen.append(order)\n"
                f"        base = helper_{index}(order) + extra\n"
                f"        if base > self.limit:\n"
                f"            return int(base * self.factor)\n"
                f"        return base\n\n"
                for m in range(4)
            )
            + "    @property\n    def count(self) -> int:\n        return len(self.seen)\n\n\n"
        )
    return "".join(parts)


def _project(folder: Path) -> Path:
    (folder / "pyproject.toml").write_text("[project]\nname = 'big'\n")
    package = folder / "big"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Customer:\n    name: str\n    vip: bool = False\n\n\n"
        "@dataclass\nclass Order:\n    sku: str\n    quantity: int\n"
    )
    service = package / "service.py"
    service.write_text(_service())
    tests = folder / "tests"
    tests.mkdir()
    (tests / "conftest.py").write_text(
        "import pytest\nfrom big.models import Customer, Order\n\n\n@pytest.fixture\ndef customer():\n"
        "    return Customer('ada')\n\n\n@pytest.fixture\ndef order():\n    return Order('A1', 2)\n"
    )
    (tests / "test_service.py").write_text(
        "from big.service import Rule1\n\n\n"
        "def test_rule(customer, order):\n    assert Rule1(customer).method_0(order) == 2\n"
    )
    return service


def _first_after_warm_up() -> float:
    """ms of a fresh process's first context, jedi started beforehand as the server does."""
    warm_up_jedi()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        service = _project(folder)
        source = service.read_bytes()
        node = find_function(parse_python(source), "Rule7.method_2")
        assert node is not None
        spec = extract_spec(node)
        started = time.perf_counter()
        gather_context(spec, source, service, folder, folder / "tests" / "test_service.py", "big.service")
        return (time.perf_counter() - started) * 1000


def main() -> int:
    if sys.argv[1:] == ["--after-warm-up"]:
        print(f"{_first_after_warm_up():.1f}")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        service = _project(folder)
        source = service.read_bytes()
        lines = source.count(b"\n")
        test_file = folder / "tests" / "test_service.py"
        rng = random.Random(0)
        names = [f"Rule{rng.randrange(CLASSES)}.method_{rng.randrange(4)}" for _ in range(31)]
        timings = []
        sections = 0
        tree = parse_python(source)
        for name in names:
            node = find_function(tree, name)
            assert node is not None
            spec = extract_spec(node)  # the code action has the spec already (bench_code_action.py)
            started = time.perf_counter()  # from here on: parsing the module again, then the context
            context = gather_context(spec, source, service, folder, test_file, "big.service")
            timings.append((time.perf_counter() - started) * 1000)
            sections = len(context.sections)
        warm = sorted(timings[1:])
        print(f"module: {lines} lines; context sections: {sections}")
        print(f"cold (first request, jedi caches empty): {timings[0]:.1f} ms")
        print(f"warm: median {statistics.median(warm):.1f} ms, p95 {warm[int(len(warm) * 0.95) - 1]:.1f} ms, "
              f"max {warm[-1]:.1f} ms over {len(warm)} methods")
    fresh = subprocess.run([sys.executable, __file__, "--after-warm-up"], capture_output=True, text=True, check=True)
    print(f"first request after the server's jedi warm-up (fresh process): {fresh.stdout.strip()} ms")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())

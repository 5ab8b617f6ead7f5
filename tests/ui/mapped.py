"""The mapper's test for a component and its steps, as the reading tests check it."""

from __future__ import annotations

import ast

from testdraft.ui.pipeline import generate_ui_test


def mapped_code(steps: str, source: str, name: str = "App.jsx", framework: str = "playwright") -> str:
    """The drafted test's code (it must parse)."""
    code = generate_ui_test(name, source, steps_text=steps, framework=framework).code
    ast.parse(code)
    return code

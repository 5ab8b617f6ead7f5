"""Manual steps the deterministic mapper misread on the fresh cases 36-47 (issue 14, fifth
round; dev 62-73 since), one test per reading rule. Real tree-sitter inventories, no browser;
the component and wordings are this file's own, and each assertion fails on the mapper as
round 4 left it."""

from __future__ import annotations

import ast

import pytest

from testdraft.ui.pipeline import generate_ui_test

GALLERY = """import React, { useState } from "react";
export default function Gallery() {
  const [open, setOpen] = useState(false);
  return open ? (
    <article><h1>Sunset over the bay</h1></article>
  ) : (
    <main><h1>Photos</h1><a href="#/sunset" onClick={() => setOpen(true)}>Sunset</a></main>
  );
}
"""


@pytest.mark.parametrize(
    ("step", "framework", "statement"),
    [
        ("Press the browser's Back button.", "playwright", "page.go_back()"),
        ("Use the back arrow of the browser", "playwright", "page.go_back()"),
        ("Go back in the browser.", "selenium", "driver.back()"),
    ],
)
def test_the_browsers_back_button_is_history_not_an_element(step: str, framework: str, statement: str) -> None:
    steps = f'1. Click "Sunset".\n2. {step}\n\nExpected result:\n- The "Photos" heading is shown.\n'
    code = generate_ui_test("Gallery.jsx", GALLERY, steps_text=steps, framework=framework).code
    ast.parse(code)
    body = code.split("# Step 2", 1)[1]
    assert statement in body.splitlines()[1] and "TODO" not in body

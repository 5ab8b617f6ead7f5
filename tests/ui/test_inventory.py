from __future__ import annotations

import pytest

from testdraft.parsing.jsx import ComponentSyntaxError
from testdraft.ui.inventory import InventoryError, MatchLevel, TextPattern, build_inventory, find_component, match

from .conftest import DATASET, dev_cases, needs_dataset

pytestmark = needs_dataset

SIGNUP = DATASET / "02-signup-password-mismatch" / "Component.jsx"


def test_inventory_reads_labels_roles_and_conditional_errors() -> None:
    inv = build_inventory(SIGNUP.read_text(), str(SIGNUP))
    assert inv.component == "SignupForm"
    full_name = next(e for e in inv if e.element_id == "signup-full-name")
    assert full_name.role == "textbox"
    assert [lbl.static_text() for lbl in full_name.labels] == ["Full name"]
    password = next(e for e in inv if e.element_id == "signup-password")
    assert password.role is None  # Playwright gives password inputs no role
    terms = next(e for e in inv if e.role == "checkbox")
    assert terms.labels[0].static_text() == "I agree to the Terms of Service"
    assert "Account created" in inv.conditional_texts()
    submit = next(e for e in inv if e.role == "button")
    assert submit.name.static_text() == "Create account"


def test_constant_arrays_are_expanded_per_item() -> None:
    path = DATASET / "10-account-tabs" / "Component.jsx"
    inv = build_inventory(path.read_text(), str(path))
    tabs = [e for e in inv if e.role == "tab"]
    assert [t.name.static_text() for t in tabs] == ["Profile", "Security", "Billing"]
    assert [t.element_id for t in tabs] == ["tab-profile", "tab-security", "tab-billing"]
    panel = next(e for e in inv if e.element_id == "panel-billing")
    assert panel.name.static_text() == "Billing"  # aria-labelledby resolved


def test_state_setter_strings_feed_conditional_text() -> None:
    path = DATASET / "11-report-export-filename" / "Component.jsx"
    inv = build_inventory(path.read_text(), str(path))
    alert = next(e for e in inv if e.role == "alert")
    assert alert.conditional
    assert match(alert.text, "File name must be 40 characters or fewer.") == MatchLevel.GUESSED


def test_tsx_components_parse() -> None:
    source = (
        "import React from 'react';\n"
        "type Props = { title: string };\n"
        "export default function Banner({ title }: Props) {\n"
        '  return <div><h2 data-testid="banner">{title}</h2>'
        "<button onClick={() => 1}>Close</button></div>;\n}\n"
    )
    inv = build_inventory(source, "Banner.tsx")
    assert inv.component == "Banner"
    button = next(e for e in inv if e.tag == "button")
    assert button.handlers == ("onClick",)
    assert any(e.test_id == "banner" for e in inv)


def test_syntax_error_is_reported_with_line() -> None:
    with pytest.raises(ComponentSyntaxError) as info:
        build_inventory("export default function A() {\n  return <div>\n}\n", "A.jsx")
    assert info.value.line >= 1
    assert "syntax error" in str(info.value)


def test_file_without_component_is_rejected() -> None:
    with pytest.raises(InventoryError, match="no React component"):
        build_inventory("const x = 1;\n", "util.js")


def test_find_component_by_offset_is_fast() -> None:
    import time

    source = SIGNUP.read_bytes()
    offset = source.index(b"<form")
    started = time.perf_counter()
    info = find_component(source, str(SIGNUP), offset)
    elapsed = time.perf_counter() - started
    assert info is not None and info.name == "SignupForm" and info.is_default_export
    assert info.start_line < source[:offset].count(b"\n") < info.end_line
    assert find_component(source, str(SIGNUP), 10) is None  # the import line
    assert elapsed < 0.05


def test_playwright_text_matching_rules() -> None:
    pattern = TextPattern.of("Comments can be at most 140 characters")
    assert match(pattern, "at most 140") == MatchLevel.LITERAL
    assert match(pattern, "AT MOST 140") == MatchLevel.LITERAL  # case-insensitive substring
    assert match(pattern, "at most 140", exact=True) == MatchLevel.NONE
    assert match(pattern, "at most 150") == MatchLevel.NONE


@pytest.mark.parametrize("case", dev_cases(), ids=lambda p: p.name)
def test_every_dev_component_inventories(case) -> None:
    inv = build_inventory((case / "Component.jsx").read_text(), str(case / "Component.jsx"))
    assert len(inv.elements) > 5

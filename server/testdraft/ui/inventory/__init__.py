"""Stage 1, inventory: every element a React component can render, read with tree-sitter.

`build_inventory` parses the component (`components` finds it, `static_values` evaluates the
constants and state it renders, `aria` gives roles and accessible names, `textpattern` holds
texts that are only partly static); `resolve` answers a Playwright locator query against the
inventory, for the mapper and for checking any test's locators.
"""

from testdraft.ui.inventory.aria import FORM_FIELDS
from testdraft.ui.inventory.build import build_inventory
from testdraft.ui.inventory.components import ComponentInfo, find_component, list_components
from testdraft.ui.inventory.elements import Element, Inventory, InventoryError
from testdraft.ui.inventory.resolve import MANY, Query, resolve, unique_locator
from testdraft.ui.inventory.textpattern import MatchLevel, TextPattern, match

__all__ = [
    "FORM_FIELDS",
    "MANY",
    "ComponentInfo",
    "Element",
    "Inventory",
    "InventoryError",
    "MatchLevel",
    "Query",
    "TextPattern",
    "build_inventory",
    "find_component",
    "list_components",
    "match",
    "resolve",
    "unique_locator",
]

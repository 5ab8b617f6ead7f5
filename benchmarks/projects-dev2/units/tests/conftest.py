from pathlib import Path

import pytest
from units.quantity import Quantity
from units.recipes import Recipe


@pytest.fixture
def pancakes() -> Recipe:
    """Pancakes for four."""
    return Recipe("Pancakes", 4, {
        "flour": Quantity(250, "g"),
        "milk": Quantity(0.5, "l"),
        "egg": Quantity(2, "pc"),
        "salt": Quantity(0.25, "tsp"),
    })


@pytest.fixture
def measurements_csv(tmp_path: Path) -> Path:
    """A small measurements file: flour in grams and kilograms, and a comment row."""
    path = tmp_path / "pantry.csv"
    path.write_text(
        "name,value,unit,note\n"
        "flour,500,g,opened\n"
        "Flour,1.5,kg,\n"
        "# sugar,200,g,checked later\n"
        "sugar,750,g,\n",
        encoding="utf-8",
    )
    return path

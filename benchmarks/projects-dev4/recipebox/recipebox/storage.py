"""Import and export of recipes as JSON files."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from .models import Recipe, RecipeFormatError


def _slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug or "recipe"


def save_recipes(
    recipes: Iterable[Recipe], directory: Path, *, overwrite: bool = False, indent: int = 2
) -> list[Path]:
    """Write each recipe to its own ``<slug>.json`` file in ``directory``.

    :param recipes: recipes to export
    :param directory: target folder, created if it does not exist
    :param overwrite: replace files that already exist
    :param indent: JSON indentation
    :returns: the paths written, in the order of ``recipes``
    :raises FileExistsError: if a file exists and ``overwrite`` is false
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for recipe in recipes:
        path = directory / f"{_slugify(recipe.title)}.json"
        if path.exists() and not overwrite:
            raise FileExistsError(f"{path} already exists")
        path.write_text(
            json.dumps(recipe.to_dict(), indent=indent, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        written.append(path)
    return written


def load_recipe(path: Path) -> Recipe:
    """Read one recipe from a JSON file, raising RecipeFormatError if the file is not valid JSON or not a recipe."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise RecipeFormatError(f"{path}: not valid JSON ({exc.msg})") from exc
    return Recipe.from_dict(data)

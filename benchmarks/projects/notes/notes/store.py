"""Notes kept as one text file each in a folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Note:
    """A note: a title (also its file name) and a body."""

    title: str
    body: str

    @property
    def slug(self) -> str:
        """The title in lower case with runs of non-alphanumerics replaced by one '-'."""
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")


class NoteStore:
    """Reads and writes notes under `folder` as `<slug>.txt`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)

    def save(self, note: Note) -> Path:
        """Write `note` (title on the first line, then the body); return the file written.

        Raises ValueError when the title has no letters or digits (its slug is empty).
        """
        if not note.slug:
            raise ValueError("a note needs a title")
        path = self.folder / f"{note.slug}.txt"
        path.write_text(f"{note.title}\n{note.body}", encoding="utf-8")
        return path

    def load(self, slug: str) -> Note:
        """The note saved under `slug`; raises KeyError when there is none."""
        path = self.folder / f"{slug}.txt"
        if not path.is_file():
            raise KeyError(slug)
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        return Note(title, body)

    def search(self, word: str) -> list[str]:
        """Slugs of the notes whose title or body contains `word` (case-insensitive), sorted."""
        word = word.lower()
        found = []
        for path in self.folder.glob("*.txt"):
            if word in path.read_text(encoding="utf-8").lower():
                found.append(path.stem)
        return sorted(found)

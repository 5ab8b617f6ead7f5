import pytest
from notes.store import Note, NoteStore


@pytest.fixture
def store(tmp_path) -> NoteStore:
    return NoteStore(tmp_path / "notes")


@pytest.fixture
def shopping() -> Note:
    return Note("Shopping list", "milk\neggs")

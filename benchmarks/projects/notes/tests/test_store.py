from notes.store import Note, NoteStore


def test_saved_note_loads_back(store: NoteStore, shopping: Note) -> None:
    store.save(shopping)
    assert store.load("shopping-list") == shopping

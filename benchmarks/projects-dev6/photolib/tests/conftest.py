from datetime import datetime
from pathlib import Path

import pytest
from photolib.album import Album


@pytest.fixture
def fixed_datetime() -> datetime:
    """The moment used as 'now' across the test suite."""
    return datetime(2024, 3, 15, 10, 22, 1)


@pytest.fixture
def album(fixed_datetime) -> Album:
    holiday = Album("Paris 2024")
    holiday.add("paris/IMG_0001.jpg", fixed_datetime, tags=["Tour Eiffel", "Paris"])
    holiday.add("paris/IMG_0002.jpg", fixed_datetime, tags=["paris"])
    holiday.add("paris/IMG_0003.heic", None, tags=["Île de France"])
    return holiday


@pytest.fixture
def photo_dir(tmp_path: Path) -> Path:
    """A small folder tree with photos, a duplicate and some non-image files."""
    (tmp_path / "2024" / "march").mkdir(parents=True)
    (tmp_path / "a.jpg").write_bytes(b"jpeg-bytes-1")
    (tmp_path / "B.JPG").write_bytes(b"jpeg-bytes-2")
    (tmp_path / "notes.txt").write_text("not a photo")
    (tmp_path / "2024" / "c.png").write_bytes(b"png-bytes")
    (tmp_path / "2024" / "march" / "copy-of-a.jpeg").write_bytes(b"jpeg-bytes-1")
    (tmp_path / "2024" / "march" / "clip.mov").write_bytes(b"video")
    return tmp_path


@pytest.fixture
def fake_renderer():
    calls: list[tuple[Path, tuple[int, int]]] = []

    async def render(path: Path, size: tuple[int, int]) -> bytes:
        calls.append((path, size))
        if path.name.startswith("broken"):
            raise OSError(f"cannot decode {path.name}")
        return f"thumb:{path.name}:{size[0]}x{size[1]}".encode()

    render.calls = calls
    return render

"""File naming, directory scanning and duplicate detection."""

from collections.abc import Callable, Hashable, Iterable
from datetime import date
from pathlib import Path

DEFAULT_EXTENSIONS = (".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff")
MAX_COUNTER = 9999


def make_filename(taken: date, counter: int, prefix: str = "IMG", ext: str = ".jpg") -> str:
    """Build the canonical file name for an imported photo.

    The name has the form ``<prefix>_<YYYYMMDD>_<NNNN><ext>``; the counter
    is zero-padded to four digits and the extension is lower-cased.

    Raises:
        ValueError: If ``counter`` is not between 1 and 9999.
    """
    if not 1 <= counter <= MAX_COUNTER:
        raise ValueError(f"counter must be between 1 and {MAX_COUNTER}, got {counter}")
    if not ext.startswith("."):
        ext = "." + ext
    return f"{prefix}_{taken:%Y%m%d}_{counter:04d}{ext.lower()}"


def scan_directory(
    root: Path,
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    recursive: bool = True,
) -> list[Path]:
    """
    Find image files under a directory.

    Parameters
    ----------
    root : Path
        Directory to scan.
    extensions : iterable of str
        Accepted file extensions, with or without the leading dot. Matching
        is case-insensitive, so ``.JPG`` files are found with ``".jpg"``.
    recursive : bool
        Whether to descend into sub-directories.

    Returns
    -------
    list of Path
        The matching files, sorted by path.

    Raises
    ------
    NotADirectoryError
        If ``root`` does not exist or is not a directory.
    """
    root = Path(root)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    wanted = {("." + e.lstrip(".")).lower() for e in extensions}
    candidates = root.rglob("*") if recursive else root.iterdir()
    return sorted(p for p in candidates if p.is_file() and p.suffix.lower() in wanted)


def find_duplicates(
    paths: Iterable[Path], hash_func: Callable[[bytes], Hashable]
) -> list[list[Path]]:
    groups: dict[Hashable, list[Path]] = {}
    for path in paths:
        digest = hash_func(Path(path).read_bytes())
        groups.setdefault(digest, []).append(Path(path))
    return [group for group in groups.values() if len(group) > 1]

import hashlib

import pytest
from photolib.files import find_duplicates, make_filename, scan_directory


def test_make_filename_uses_date_and_padded_counter(fixed_datetime):
    assert make_filename(fixed_datetime, 7) == "IMG_20240315_0007.jpg"


def test_make_filename_rejects_counter_out_of_range(fixed_datetime):
    with pytest.raises(ValueError):
        make_filename(fixed_datetime, 0)


def test_scan_directory_matches_extensions_case_insensitively(photo_dir):
    found = scan_directory(photo_dir)

    names = sorted(p.name for p in found)
    assert names == ["B.JPG", "a.jpg", "c.png", "copy-of-a.jpeg"]


def test_scan_directory_non_recursive(photo_dir):
    found = scan_directory(photo_dir, extensions=["jpg"], recursive=False)

    assert [p.name for p in found] == ["B.JPG", "a.jpg"]


def test_find_duplicates_groups_identical_content(photo_dir):
    photos = scan_directory(photo_dir)

    groups = find_duplicates(photos, lambda data: hashlib.sha256(data).hexdigest())

    assert len(groups) == 1
    assert sorted(p.name for p in groups[0]) == ["a.jpg", "copy-of-a.jpeg"]

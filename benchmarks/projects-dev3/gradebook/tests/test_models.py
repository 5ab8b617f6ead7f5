import pytest
from gradebook.models import Student, Term


def test_normalize_name_collapses_spaces_and_capitalizes():
    assert Student.normalize_name("  ada   lovelace ") == "Ada Lovelace"


def test_normalize_name_turns_last_first_around():
    assert Student.normalize_name("carter, ben") == "Ben Carter"


def test_normalize_name_rejects_digits():
    with pytest.raises(ValueError):
        Student.normalize_name("R2 D2")


def test_term_values_are_lowercase_labels():
    assert Term.SPRING.value == "spring"

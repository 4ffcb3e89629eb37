import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.inn import InnError, is_valid_inn, make_inn, validate_inn

# Published INNs: Sberbank (company), and the example individual INN used in FNS documentation.
VALID = [("7707083893", "company"), ("500100732259", "individual"), ("500100732259", "sole_trader")]


@pytest.mark.parametrize("inn,form", VALID)
def test_valid(inn, form):
    assert validate_inn(inn, form) == inn


@pytest.mark.parametrize(
    "inn,form,message",
    [
        ("7707083894", None, "check digit"),
        ("500100732258", None, "12th"),
        ("500100732269", None, "11th"),
        ("77070838", None, "10 or 12 digits"),
        ("77070838a3", None, "digits only"),
        ("", None, "empty"),
        ("7707083893", "individual", "must have 12 digits"),
        ("500100732259", "company", "must have 10 digits"),
    ],
)
def test_invalid_says_why(inn, form, message):
    with pytest.raises(InnError, match=message):
        validate_inn(inn, form)


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_made_numbers_validate_and_any_single_digit_change_is_caught(prefix):
    person = make_inn(prefix)
    assert is_valid_inn(person)
    # changing the last check digit always breaks it
    last = str((int(person[-1]) + 1) % 10)
    assert not is_valid_inn(person[:-1] + last)
    company = make_inn(prefix[:9])
    assert is_valid_inn(company)
    assert not is_valid_inn(company[:-1] + str((int(company[-1]) + 3) % 10))

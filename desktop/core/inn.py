"""Russian taxpayer number (ИНН) validation by its check digits.

10 digits: legal entities (companies). 12 digits: individuals and sole traders (ИП).
Algorithm: FNS order; check digit = (sum of digit × weight) mod 11 mod 10.
"""

from __future__ import annotations

from .errors import DomainError

_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)

LEGAL_FORMS = ("individual", "sole_trader", "company")


class InnError(DomainError):
    """An INN that is malformed or fails its check digits."""


def _check(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def validate_inn(inn: str, legal_form: str | None = None) -> str:
    """Return the cleaned INN or raise :class:`InnError` saying what is wrong."""
    cleaned = (inn or "").strip().replace(" ", "")
    if not cleaned:
        raise InnError("INN is empty")
    if not cleaned.isdigit() or not cleaned.isascii():
        raise InnError("INN must contain digits only")
    expected = None
    if legal_form == "company":
        expected = 10
    elif legal_form in ("individual", "sole_trader"):
        expected = 12
    if expected and len(cleaned) != expected:
        raise InnError("INN of this legal form must have {0} digits, not {1}", expected, len(cleaned))
    digits = [int(c) for c in cleaned]
    if len(digits) == 10:
        if _check(digits[:9], _W10) != digits[9]:
            raise InnError("INN check digit is wrong")
    elif len(digits) == 12:
        if _check(digits[:10], _W11) != digits[10]:
            raise InnError("INN 11th (check) digit is wrong")
        if _check(digits[:11], _W12) != digits[11]:
            raise InnError("INN 12th (check) digit is wrong")
    else:
        raise InnError("INN must have 10 or 12 digits, not {0}", len(digits))
    return cleaned


def is_valid_inn(inn: str, legal_form: str | None = None) -> bool:
    try:
        validate_inn(inn, legal_form)
    except InnError:
        return False
    return True


def make_inn(prefix: str) -> str:
    """Complete a 9- or 10-digit prefix with its check digit(s) (used for demo data and tests)."""
    digits = [int(c) for c in prefix]
    if len(digits) == 9:
        return prefix + str(_check(digits, _W10))
    if len(digits) == 10:
        d11 = _check(digits, _W11)
        d12 = _check(digits + [d11], _W12)
        return f"{prefix}{d11}{d12}"
    raise ValueError("prefix must have 9 (company) or 10 (person) digits")

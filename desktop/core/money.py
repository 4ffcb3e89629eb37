"""Money and units.

BTC amounts are integer satoshis everywhere. Fiat amounts are :class:`decimal.Decimal` in memory and
integer minor units (kopecks, cents) in the store. Nothing here ever produces a float.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import DomainError

SATS_PER_BTC = 100_000_000
MAX_SATS = 21_000_000 * SATS_PER_BTC

# ISO 4217 code -> number of minor-unit digits. Only the currencies the app deals in.
CURRENCY_DIGITS: dict[str, int] = {"RUB": 2, "USD": 2, "EUR": 2}
CURRENCY_SYMBOLS: dict[str, str] = {"RUB": "₽", "USD": "$", "EUR": "€"}
CURRENCIES = tuple(CURRENCY_DIGITS)


class AmountError(DomainError):
    """A typed-in amount that cannot be understood. The message says why."""


# Group separators that may stand between groups of three digits, besides a comma or a point: the space,
# the no-break space (U+00A0, what the Russian locale prints), the narrow no-break space (U+202F), the thin
# space (U+2009) and the apostrophe (1'234, as in Switzerland).
GROUP_SPACES = " \u00a0\u202f\u2009'"
_MINUS_SIGNS = "-\u2212"  # the hyphen-minus and the typographic minus sign
_NUMBER_CHARS = re.compile(r"[0-9,." + GROUP_SPACES + r"]+")


def _grouped_thousands(text: str, mark: str) -> bool:
    """'1,234' or '12,345,678' with ``mark`` = ',': digits grouped by three, no leading zero."""
    return re.fullmatch(r"[1-9][0-9]{0,2}(?:" + re.escape(mark) + r"[0-9]{3})+", text) is not None


def _check_groups(whole: str, group_marks: str, text: str) -> str:
    """'1 234 567' -> '1234567'; groups must be 1-3 digits and then exactly three digits each."""
    groups = re.split("[" + re.escape(group_marks) + "]", whole)
    if len(groups) == 1:
        return whole
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])) \
            or not all(g.isascii() and g.isdigit() for g in groups):
        raise AmountError("'{0}' is not a number: digits must be grouped by three", text)
    return "".join(groups)


def _normalise_number(text: str, group_separator: str | None = None) -> str:
    """The rules of every typed number (README, "Formats and amount input"); returns plain '-1234.56'.

    - spaces (also no-break and narrow no-break spaces) and apostrophes may group thousands: '1 234 567,89';
    - one comma or one point is the decimal mark: '1234,56' = '1234.56';
    - a comma and a point together: the last one is the decimal mark and the other groups thousands
      ('1,234.56', '1.234,56'); a mark that appears more than once groups thousands ('1.234.567');
      grouping is checked: '12,34,5' and '1,2.5' are refused;
    - ``group_separator`` is the separator of the user's locale (',' in English): a single such mark followed
      by exactly three digits ('1,234') could mean a thousand or a fraction and is refused as ambiguous;
    - an optional leading '+', '-' or '−'; no exponent, no NaN or infinity.
    """
    if text is None:
        raise AmountError("empty amount")
    s = str(text).strip()
    if not s:
        raise AmountError("empty amount")
    sign = ""
    if s[0] in "+" + _MINUS_SIGNS:
        sign = "" if s[0] == "+" else "-"
        s = s[1:]
    if not s or not _NUMBER_CHARS.fullmatch(s) or not any(c.isdigit() for c in s):
        raise AmountError("'{0}' is not a number", text)
    commas, points = s.count(","), s.count(".")
    decimal_mark, group_mark = "", ""
    if commas and points:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        if s.count(decimal_mark) > 1:
            raise AmountError("'{0}' is not a number: it mixes commas and points", text)
    elif commas > 1 or points > 1:
        group_mark = "," if commas else "."
    elif commas or points:
        decimal_mark = "," if commas else "."
        if group_separator == decimal_mark and _grouped_thousands(s, decimal_mark):
            other = "." if decimal_mark == "," else ","
            raise AmountError("'{0}' is ambiguous: write {1} or {2}", text, s.replace(decimal_mark, ""),
                              s.replace(decimal_mark, other))
    whole, _, frac = s.partition(decimal_mark) if decimal_mark else (s, "", "")
    if frac and not (frac.isascii() and frac.isdigit()):
        raise AmountError("'{0}' is not a number", text)
    whole = _check_groups(whole, GROUP_SPACES + group_mark, text)
    if not whole and not frac:
        raise AmountError("'{0}' is not a number", text)
    return sign + (whole or "0") + ("." + frac if frac else "")


def decimals_in(value: Decimal) -> int:
    """How many decimals a value needs: Decimal('1.50') -> 1, Decimal('100') -> 0."""
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def parse_decimal(text: str | int | Decimal, *, allow_negative: bool = False, max_decimals: int | None = None,
                  group_separator: str | None = None) -> Decimal:
    """Parse a user-typed decimal number exactly (rules in :func:`_normalise_number`).

    ``max_decimals`` refuses finer values ('0.001' kopecks); ``group_separator`` is the locale's thousands
    separator (the GUI passes QLocale's; the CLI and CSV import pass none).
    """
    if isinstance(text, float):
        raise TypeError("floats are not accepted for amounts; pass a string or Decimal")
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        try:
            value = Decimal(_normalise_number(text, group_separator))
        except InvalidOperation as exc:  # pragma: no cover - the checks above guard this
            raise AmountError("'{0}' is not a number", text) from exc
    if not value.is_finite():
        raise AmountError("'{0}' is not a finite number", text)
    if value < 0 and not allow_negative:
        raise AmountError("'{0}' is negative", text)
    if max_decimals is not None and decimals_in(value) > max_decimals:
        if max_decimals == 0:
            raise AmountError("'{0}' must be a whole number", text)
        raise AmountError("'{0}' has more than {1} decimals", text, max_decimals)
    return value


def parse_btc(text: str | int | Decimal, *, allow_negative: bool = False, group_separator: str | None = None) -> int:
    """'0.015' -> 1_500_000 satoshis. At most 8 decimals; at most 21 million BTC."""
    value = parse_decimal(text, allow_negative=allow_negative, group_separator=group_separator)
    sats = value * SATS_PER_BTC
    if sats != sats.to_integral_value():
        raise AmountError("'{0}' has more than 8 decimals (smaller than one satoshi)", text)
    sats_int = int(sats)
    if abs(sats_int) > MAX_SATS:
        raise AmountError("'{0}' is more than 21 million BTC", text)
    return sats_int


def format_btc(sats: int, *, decimals: int = 8, sign: bool = False) -> str:
    """1_500_000 -> '0.01500000'. Exact: integer arithmetic only."""
    if not isinstance(sats, int):
        raise TypeError("satoshis must be an int")
    neg = sats < 0
    whole, frac = divmod(abs(sats), SATS_PER_BTC)
    text = str(whole) if decimals == 0 else f"{whole}.{frac:08d}"[: len(str(whole)) + 1 + decimals]
    prefix = "-" if neg else ("+" if sign and sats > 0 else "")
    return prefix + text


def sats_to_btc(sats: int) -> Decimal:
    return Decimal(sats) / SATS_PER_BTC


def check_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if code not in CURRENCY_DIGITS:
        raise AmountError("unknown currency '{0}' (known: {1})", code, ", ".join(CURRENCIES))
    return code


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's minor unit, half up (as banks print)."""
    digits = CURRENCY_DIGITS[check_currency(currency)]
    return amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: str) -> int:
    """Decimal('12.34') USD -> 1234. Refuses amounts finer than the minor unit."""
    if isinstance(amount, float):
        raise TypeError("floats are not accepted for amounts")
    digits = CURRENCY_DIGITS[check_currency(currency)]
    scaled = Decimal(amount).scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise AmountError("{0} {1} is finer than the currency's minor unit", amount, currency)
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    digits = CURRENCY_DIGITS[check_currency(currency)]
    return Decimal(int(minor)).scaleb(-digits)


def format_money(amount: Decimal, currency: str, *, symbol: bool = True) -> str:
    """Plain, locale-neutral rendering used by the CLI and logs: '1234567.89 RUB'.

    The GUI formats with QLocale (grouping, decimal comma) on top of the quantised Decimal.
    """
    q = quantize(Decimal(amount), currency)
    return f"{q:f} {currency}" if symbol else f"{q:f}"

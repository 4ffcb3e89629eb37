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


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def _normalise_number(text: str) -> str:
    """Accept '1 234,56', '1,234.56', '1234.56', '1234,56'; return '1234.56'."""
    if text is None:
        raise AmountError("empty amount")
    s = _SPACES.sub("", str(text).strip())
    if not s:
        raise AmountError("empty amount")
    if "," in s and "." in s:
        # the right-most separator is the decimal one; the other groups thousands
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        if s.count(",") > 1:
            raise AmountError("'{0}' has more than one decimal comma", text)
        s = s.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", s):
        raise AmountError("'{0}' is not a number", text)
    return s


def parse_decimal(text: str | int | Decimal, *, allow_negative: bool = False) -> Decimal:
    """Parse a user-typed decimal number exactly (decimal comma or point, spaces as grouping)."""
    if isinstance(text, float):
        raise TypeError("floats are not accepted for amounts; pass a string or Decimal")
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        try:
            value = Decimal(_normalise_number(text))
        except InvalidOperation as exc:  # pragma: no cover - the regex guards this
            raise AmountError("'{0}' is not a number", text) from exc
    if not value.is_finite():
        raise AmountError("'{0}' is not a finite number", text)
    if value < 0 and not allow_negative:
        raise AmountError("'{0}' is negative", text)
    return value


def parse_btc(text: str | int | Decimal, *, allow_negative: bool = False) -> int:
    """'0.015' -> 1_500_000 satoshis. At most 8 decimals; at most 21 million BTC."""
    value = parse_decimal(text, allow_negative=allow_negative)
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

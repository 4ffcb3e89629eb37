"""Amounts typed into line edits: every field reads them through one parser, ``desktop.core.money``.

The rules (README, "Formats and amount input"): a comma or a point is the decimal mark; spaces, no-break
spaces and apostrophes may group thousands ('1 234 567,89'); a comma and a point together are read as
grouping and decimal mark only when the grouping is by three ('1,234.56', '1.234,56'); in the English
interface '1,234' (a comma, then three digits) is refused as ambiguous. Each field has its number of
decimals; a sign only where negative values make sense. No float is ever involved: QDoubleSpinBox is not
used for amounts, since it holds a float.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLineEdit

from desktop.core.errors import DomainError
from desktop.core.money import CURRENCY_DIGITS, format_btc, parse_decimal
from desktop.core.money import parse_btc as _parse_btc
from desktop.i18n import tr_error

# Decimals a field accepts (money: the currency's minor unit, BTC: 8 — one satoshi).
TARIFF_DECIMALS = 6  # per kWh: 5.4812 ₽, 0.07345 $
KWH_DECIMALS = 3  # a meter's watt-hours
HASHRATE_DECIMALS = 3  # TH/s
PERCENT_DECIMALS = 4
BTC_DECIMALS = 8


class AmountInputError(ValueError):
    """A number that could not be read; the message names the field and says why."""


def _group(locale: QLocale | None) -> str:
    return (locale or QLocale()).groupSeparator()


def parse(text: str, *, decimals: int | None = None, allow_negative: bool = False,
          locale: QLocale | None = None) -> Decimal:
    """The typed number, exactly; raises AmountError (a DomainError) with the reason."""
    return parse_decimal(text, allow_negative=allow_negative, max_decimals=decimals, group_separator=_group(locale))


def parse_money(text: str, currency: str, *, allow_negative: bool = False, locale: QLocale | None = None) -> Decimal:
    """A fiat amount: at most the currency's minor unit (two decimals for RUB, USD and EUR)."""
    return parse(text, decimals=CURRENCY_DIGITS.get(currency, 2), allow_negative=allow_negative, locale=locale)


def parse_btc(text: str, *, allow_negative: bool = False, locale: QLocale | None = None) -> int:
    """A BTC amount in satoshis (at most 8 decimals, at most 21 million BTC)."""
    return _parse_btc(text, allow_negative=allow_negative, group_separator=_group(locale))


def read(edit: QLineEdit | str, name: str, *, decimals: int | None = None, allow_negative: bool = False,
         required: bool = True, btc: bool = False, currency: str | None = None) -> Decimal | int | None:
    """The number in ``edit`` (None when empty and not ``required``); AmountInputError names the field.

    ``btc`` gives satoshis; ``currency`` limits the decimals to its minor unit.
    """
    text = (edit if isinstance(edit, str) else edit.text()).strip()
    if not text and not required:
        return None
    try:
        if btc:
            return parse_btc(text, allow_negative=allow_negative)
        if currency is not None:
            return parse_money(text, currency, allow_negative=allow_negative)
        return parse(text, decimals=decimals, allow_negative=allow_negative)
    except DomainError as exc:
        raise AmountInputError(field_message(name, tr_error(exc))) from exc


def field_message(name: str, reason: str) -> str:
    """'Tariff: '5,4,8' is not a number …' — the field's name, then why."""
    return QCoreApplication.translate("AmountInput", "{0}: {1}").format(name, reason)


def edit_text(value: Decimal | int | None, locale: QLocale | None = None) -> str:
    """A stored number as the user would type it: no grouping, the locale's decimal mark, no trailing zeros."""
    if value is None:
        return ""
    text = format(Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", (locale or QLocale()).decimalPoint())


def btc_edit_text(sats: int | None, locale: QLocale | None = None) -> str:
    """Satoshis as an editable BTC amount ('0,015' in Russian, '0.015' in English)."""
    if sats is None:
        return ""
    text = format_btc(sats)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", (locale or QLocale()).decimalPoint())

"""Locale-aware display of amounts (QLocale grouping and decimal separator). Exact: Decimal in, text out."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from desktop.core.money import CURRENCY_SYMBOLS, format_btc, quantize


def _group(text: str, locale: QLocale) -> str:
    """Apply the locale's grouping and decimal separator to a plain '-1234567.89' string."""
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, _, frac = text.partition(".")
    group = locale.groupSeparator()
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    out = group.join(parts)
    if frac:
        out += locale.decimalPoint() + frac
    return sign + out


def money(amount: Decimal | None, currency: str, locale: QLocale | None = None) -> str:
    """'1 234 567,89 ₽' in Russian, '$1,234,567.89' in English."""
    if amount is None:
        return "—"
    locale = locale or QLocale()
    text = _group(format(quantize(Decimal(amount), currency), "f"), locale)
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if locale.language() == QLocale.Language.Russian or currency == "RUB" and locale.language() != QLocale.Language.English:
        return f"{text}\u00a0{symbol}"
    if text.startswith("-"):
        return f"-{symbol}{text[1:]}"
    return f"{symbol}{text}"


def btc(sats: int | None, locale: QLocale | None = None, decimals: int = 8) -> str:
    if sats is None:
        return "—"
    return _group(format_btc(sats, decimals=decimals), locale or QLocale()) + "\u00a0BTC"


def number(value: Decimal | int | None, decimals: int = 0, locale: QLocale | None = None) -> str:
    if value is None:
        return "—"
    q = Decimal(value).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(value).quantize(Decimal(1))
    return _group(format(q, "f"), locale or QLocale())

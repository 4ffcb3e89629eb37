"""Locale-aware display of amounts (QLocale grouping and decimal separator) and of dates. Exact: Decimal in,
text out.

Dates never use the locale's short format (en_US would print 03/04/26, which a reader elsewhere takes for
3 April): Russian "25.11.2026", English "Nov 25, 2026" — always with a four-digit year and, in English, the
month's name. Stored and exported dates stay ISO (``date.isoformat()``); these helpers are for display only.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

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


# ---- dates ---------------------------------------------------------------------------------------------------
def _russian(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Russian


def date_format(locale: QLocale | None = None) -> str:
    """The Qt display format of a day: 'dd.MM.yyyy' (Russian) or 'MMM d, yyyy' (English); also for QDateEdit."""
    return "dd.MM.yyyy" if _russian(locale or QLocale()) else "MMM d, yyyy"


def month_format(locale: QLocale | None = None) -> str:
    """The Qt format of a month where space is tight (QDateTimeAxis): 'MM.yyyy' or 'MMM yyyy'."""
    return "MM.yyyy" if _russian(locale or QLocale()) else "MMM yyyy"


def date(day: dt.date | None, locale: QLocale | None = None) -> str:
    """'25.11.2026' in Russian, 'Nov 25, 2026' in English; '—' for no date."""
    if day is None:
        return "—"
    locale = locale or QLocale()
    if isinstance(day, dt.datetime):
        day = day.date()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def month(day: dt.date | None, locale: QLocale | None = None, short: bool = False) -> str:
    """A month: 'ноябрь 2026' / 'Nov 2026'; ``short`` gives '11.2026' in Russian (tight places, and inside a
    sentence where the month's name would need another grammatical case) and still 'Nov 2026' in English."""
    if day is None:
        return "—"
    locale = locale or QLocale()
    if _russian(locale):
        if short:
            return f"{day.month:02d}.{day.year}"
        return f"{locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)} {day.year}"
    return locale.toString(QDate(day.year, day.month, 1), "MMM yyyy")


def chart_month_format(locale: QLocale | None = None) -> str:
    """The Qt format of a month on a chart axis (QDateTimeAxis): 'MM.yy' / "MMM ''yy"."""
    return "MM.yy" if _russian(locale or QLocale()) else "MMM ''yy"


def chart_month(day: dt.date, locale: QLocale | None = None) -> str:
    """A month on a chart axis, where only a few characters fit: '11.26' / "Nov '26"."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, 1), chart_month_format(locale))


def chart_day(day: dt.date, locale: QLocale | None = None) -> str:
    """A day on a chart axis: '25.11.26' / "Nov 25 '26"."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), "dd.MM.yy" if _russian(locale) else "MMM d ''yy")


def date_time(when: dt.datetime | None, locale: QLocale | None = None) -> str:
    """'25.11.2026 14:05' / 'Nov 25, 2026 2:05 PM' in local time (an aware time is converted to it)."""
    if when is None:
        return "—"
    locale = locale or QLocale()
    if when.tzinfo is not None:
        when = when.astimezone()
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return locale.toString(moment, "dd.MM.yyyy HH:mm" if _russian(locale) else "MMM d, yyyy h:mm AP")

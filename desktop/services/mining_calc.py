"""Mining calculator service: fills the market inputs from the bundled history, then runs the core maths.

Difficulty comes from the bundled daily series (at a date, or the latest); the BTC price is the bundled
daily USD close, and in RUB it is that close × the Bank of Russia USD/RUB rate of the same day. There
is no bundled EUR price: EUR users pass the price. Live prices are a later feature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.mining import MiningInputs, MiningResult, calculate, difficulty_growth_per_month
from desktop.core.money import check_currency, quantize
from desktop.services import history


class MarketDataError(ValueError):
    """The bundled history cannot answer (date outside it, currency without a price). One-line message."""


@dataclass(frozen=True)
class MarketValue:
    value: Decimal
    day: dt.date  # the date the value was looked up for
    source: str  # human-readable, e.g. "bundled history 2026-03-22"


def _in_range(series: history.Series, day: dt.date, what: str) -> Decimal:
    value = series.at(day) if series.first <= day <= series.last else None
    if value is None:
        raise MarketDataError(QCoreApplication.translate(
            "MiningCalc", "{0} is outside the bundled {1} history ({2} to {3})").format(
            day.isoformat(), QCoreApplication.translate("MiningCalc", what), series.first.isoformat(),
            series.last.isoformat()))
    return value


def difficulty_at(day: dt.date | None = None) -> MarketValue:
    """Network difficulty on ``day`` (default: the latest bundled day)."""
    series = history.difficulty()
    day = series.last if day is None else day
    value = _in_range(series, day, QT_TRANSLATE_NOOP("MiningCalc", "difficulty"))
    return MarketValue(value, day, f"bundled history {day.isoformat()}")


def price_at(currency: str, day: dt.date | None = None) -> MarketValue:
    """BTC price in ``currency`` on ``day`` (default: the latest bundled price), quantised to the minor unit."""
    currency = check_currency(currency)
    usd_series = history.btc_usd()
    day = usd_series.last if day is None else day
    usd = _in_range(usd_series, day, QT_TRANSLATE_NOOP("MiningCalc", "BTC/USD price"))
    if currency == "USD":
        return MarketValue(quantize(usd, "USD"), day, f"bundled BTC/USD close {day.isoformat()}")
    if currency == "RUB":
        rate = _in_range(history.usd_rub(), day, QT_TRANSLATE_NOOP("MiningCalc", "USD/RUB"))
        return MarketValue(
            quantize(usd * rate, "RUB"),
            day,
            f"bundled BTC/USD close × Bank of Russia USD/RUB {day.isoformat()}",
        )
    raise MarketDataError(QCoreApplication.translate("MiningCalc", "no bundled BTC price in {0}; pass the price").format(
        currency))


def default_growth_percent_month(end_date: dt.date | None = None, months: int = 12) -> Decimal:
    """Average monthly difficulty growth over the last ``months`` months of the bundled history, in
    percent to two decimals (the GUI default for the growth field)."""
    series = history.difficulty()
    end_date = series.last if end_date is None else end_date
    try:
        growth = difficulty_growth_per_month(series, end_date, months)
    except ValueError as exc:
        raise MarketDataError(str(exc)) from exc
    return (growth * 100).quantize(Decimal("0.01"))


def run_calculator(inputs: MiningInputs) -> MiningResult:
    """Run the calculator on complete inputs (the core does the validation)."""
    return calculate(inputs)

"""The bundled market history: daily BTC price in USD, network difficulty, Bank of Russia USD/RUB.

Sources and licences: resources/data/SOURCES.md (Coin Metrics community data, CC BY-NC 4.0; Bank of
Russia official rates). Loaded once per process; lookups by date carry the last known value forward.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop.paths import resource

ATTRIBUTION = (
    "BTC price and network difficulty: Coin Metrics Community Data (CC BY-NC 4.0). "
    "USD/RUB: official rates of the Bank of Russia."
)


@dataclass(frozen=True)
class Series:
    """A daily series sorted by date; ``at(day)`` returns the value in force that day."""

    name: str
    days: tuple[dt.date, ...]
    values: tuple[Decimal, ...]

    @property
    def first(self) -> dt.date:
        return self.days[0]

    @property
    def last(self) -> dt.date:
        return self.days[-1]

    def at(self, day: dt.date, *, carry_days: int = 7) -> Decimal | None:
        """Value on ``day``, or the last one before it if no more than ``carry_days`` old."""
        i = bisect.bisect_right(self.days, day) - 1
        if i < 0:
            return None
        if (day - self.days[i]).days > carry_days:
            return None
        return self.values[i]

    def between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, Decimal]]:
        lo = bisect.bisect_left(self.days, start)
        hi = bisect.bisect_right(self.days, end)
        return list(zip(self.days[lo:hi], self.values[lo:hi], strict=True))


def _load(path: Path, column: str, name: str) -> Series:
    # a plain reader and the two columns by index: twice as fast as a DictReader (the dashboard, and so the
    # start-up, waits for it)
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        day_at, value_at = header.index("date"), header.index(column)
        rows = [(row[day_at], row[value_at]) for row in reader if row]
    days = tuple(dt.date.fromisoformat(day) for day, _ in rows)
    values = tuple(Decimal(value) for _, value in rows)
    return Series(name, days, values)


@functools.cache
def btc_usd() -> Series:
    return _load(resource("data", "btc_price_usd_daily.csv"), "close_usd", "BTC/USD")


@functools.cache
def difficulty() -> Series:
    return _load(resource("data", "btc_difficulty_daily.csv"), "difficulty", "difficulty")


@functools.cache
def hashrate() -> Series:
    """Network hashrate, TH/s (daily mean)."""
    return _load(resource("data", "btc_difficulty_daily.csv"), "hashrate_ths", "hashrate")


@functools.cache
def usd_rub() -> Series:
    return _load(resource("data", "usd_rub_daily.csv"), "usd_rub", "USD/RUB")


@dataclass(frozen=True)
class AsicModel:
    vendor: str
    model: str
    hashrate_ths: Decimal
    power_w: int
    release_year: int

    @property
    def efficiency_j_th(self) -> Decimal:
        return (Decimal(self.power_w) / self.hashrate_ths).quantize(Decimal("0.1"))


@functools.cache
def asic_catalogue() -> tuple[AsicModel, ...]:
    with resource("data", "asic_models.csv").open(newline="", encoding="utf-8") as fh:
        return tuple(
            AsicModel(
                r["vendor"], r["model"], Decimal(r["hashrate_th"]), int(r["power_w"]), int(r["release_year"])
            )
            for r in csv.DictReader(fh)
        )


def find_model(name: str) -> AsicModel:
    for m in asic_catalogue():
        if m.model == name:
            return m
    raise KeyError(name)

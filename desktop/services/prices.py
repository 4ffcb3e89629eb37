"""Market prices: which BTC price and exchange rate is used for a day, and where it comes from.

Sources, for one day: a price the user entered (``manual``) wins; then prices fetched online and cached
in the database (``coingecko``, ``cbr``, …); then the history bundled with the app (``bundled``: Coin
Metrics BTC/USD, Bank of Russia USD/RUB). When a day has no price, the latest earlier one is used and
its date is returned with it. A rouble price without a direct quote is BTC/USD × the official USD/RUB
rate of the same day (what Russian banks and the tax service use).
"""

from __future__ import annotations

import bisect
import datetime as dt
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import case, delete, select
from sqlalchemy.orm import Session

from desktop.core.money import check_currency
from desktop.store.db import Database
from desktop.store.models import MarketPrice, NetworkStat

from . import history

MANUAL = "manual"
BUNDLED = "bundled"


class Quote(NamedTuple):
    value: Decimal
    day: dt.date  # the date of the price (may be before the day asked for)
    source: str  # manual, bundled, coingecko, cbr, … ("a+b" when a price and a rate were combined)


def _cached_pairs(s: Session) -> set[tuple[str, str]]:
    """The (base, quote) pairs the cache holds, read once per session (the cache is often empty)."""
    if "market_price_pairs" not in s.info:
        rows = s.execute(select(MarketPrice.base, MarketPrice.quote).distinct())
        s.info["market_price_pairs"] = {(base, quote) for base, quote in rows}
    return s.info["market_price_pairs"]


def _latest_cached(s: Session, base: str, quote: str, day: dt.date) -> Quote | None:
    if (base, quote) not in _cached_pairs(s):
        return None
    manual_first = case((MarketPrice.source == MANUAL, 0), else_=1)
    row = s.execute(
        select(MarketPrice.value, MarketPrice.day, MarketPrice.source)
        .where(MarketPrice.base == base, MarketPrice.quote == quote, MarketPrice.day <= day)
        .order_by(MarketPrice.day.desc(), manual_first, MarketPrice.fetched_at.desc())
        .limit(1)
    ).first()
    return Quote(row[0], row[1], row[2]) if row else None


def _latest_bundled(series: history.Series, day: dt.date) -> Quote | None:
    i = bisect.bisect_right(series.days, day) - 1
    return Quote(series.values[i], series.days[i], BUNDLED) if i >= 0 else None


def _newest(*candidates: Quote | None) -> Quote | None:
    """The most recent quote; on the same day the earlier candidate wins (callers list cache first)."""
    best = None
    for c in candidates:
        if c is not None and (best is None or c.day > best.day):
            best = c
    return best


def fx_rate(s: Session, base: str, quote: str, day: dt.date) -> Quote | None:
    """Units of ``quote`` per one ``base`` on ``day`` (latest known)."""
    if base == quote:
        return Quote(Decimal(1), day, BUNDLED)
    direct = _latest_cached(s, base, quote, day)
    inverse = _latest_cached(s, quote, base, day)
    inverse = Quote(1 / inverse.value, inverse.day, inverse.source) if inverse and inverse.value else None
    bundled = None
    if (base, quote) == ("USD", "RUB"):
        bundled = _latest_bundled(history.usd_rub(), day)
    elif (base, quote) == ("RUB", "USD"):
        b = _latest_bundled(history.usd_rub(), day)
        bundled = Quote(1 / b.value, b.day, b.source) if b else None
    return _newest(direct, inverse, bundled)


def btc_price(s: Session, currency: str, day: dt.date) -> Quote | None:
    """The BTC price in ``currency`` known on ``day`` (None when unknown, e.g. EUR offline)."""
    direct = _latest_cached(s, "BTC", currency, day)
    if direct is not None and direct.day == day and direct.source == MANUAL:
        return direct
    usd = _newest(_latest_cached(s, "BTC", "USD", day), _latest_bundled(history.btc_usd(), day))
    via_usd = None
    if usd is not None and currency != "USD":
        rate = fx_rate(s, "USD", currency, usd.day)
        if rate is not None:
            source = usd.source if rate.source == usd.source else f"{usd.source}+{rate.source}"
            via_usd = Quote(usd.value * rate.value, usd.day, source)
    elif currency == "USD":
        via_usd = usd
    return _newest(direct, via_usd)


def price_on(db: Database, currency: str, day: dt.date | None = None) -> Quote | None:
    currency = check_currency(currency)
    with db.sessions() as s:
        return btc_price(s, currency, day or dt.date.today())


def latest_data_day() -> dt.date:
    """The last day of the bundled BTC price history (what 'offline' means in the status line)."""
    return history.btc_usd().last


# ---- manual prices -------------------------------------------------------------------------------------
class ManualPrice(NamedTuple):
    day: dt.date
    currency: str
    value: Decimal


def set_manual_price(db: Database, day: dt.date, currency: str, value: Decimal) -> None:
    """Enter (or replace) the BTC price of a day by hand; it wins over fetched and bundled prices."""
    currency = check_currency(currency)
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        raise ValueError("the price must be a positive decimal")
    if day > dt.date.today():
        raise ValueError("the date is in the future")
    with db.session() as s:
        s.execute(delete(MarketPrice).where(MarketPrice.day == day, MarketPrice.base == "BTC",
                                            MarketPrice.quote == currency, MarketPrice.source == MANUAL))
        s.add(MarketPrice(day=day, base="BTC", quote=currency, source=MANUAL, value=value))


def delete_manual_price(db: Database, day: dt.date, currency: str) -> None:
    with db.session() as s:
        s.execute(delete(MarketPrice).where(MarketPrice.day == day, MarketPrice.base == "BTC",
                                            MarketPrice.quote == currency, MarketPrice.source == MANUAL))


def manual_prices(db: Database) -> list[ManualPrice]:
    with db.sessions() as s:
        rows = s.execute(select(MarketPrice.day, MarketPrice.quote, MarketPrice.value)
                         .where(MarketPrice.source == MANUAL, MarketPrice.base == "BTC")
                         .order_by(MarketPrice.day.desc(), MarketPrice.quote))
        return [ManualPrice(d, q, v) for d, q, v in rows]


# ---- network figures -----------------------------------------------------------------------------------
class NetworkQuote(NamedTuple):
    day: dt.date
    difficulty: Decimal
    hashrate_ths: Decimal | None
    fees_per_block_sat: int | None
    source: str


def network_on(db: Database, day: dt.date | None = None) -> NetworkQuote | None:
    """The latest network figures known on ``day``: fetched (cached) ones when newer than the bundled history."""
    day = day or dt.date.today()
    with db.sessions() as s:
        row = s.execute(select(NetworkStat).where(NetworkStat.day <= day, NetworkStat.difficulty.is_not(None))
                        .order_by(NetworkStat.day.desc(), NetworkStat.fetched_at.desc()).limit(1)).scalar()
        cached = (NetworkQuote(row.day, row.difficulty, row.hashrate_ths, row.fees_per_block_sat, row.source)
                  if row else None)
    difficulty = _latest_bundled(history.difficulty(), day)
    bundled = None
    if difficulty is not None:
        bundled = NetworkQuote(difficulty.day, difficulty.value, history.hashrate().at(difficulty.day, carry_days=0),
                               None, BUNDLED)
    candidates = [q for q in (cached, bundled) if q is not None]
    return max(candidates, key=lambda q: q.day) if candidates else None

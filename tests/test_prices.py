"""Which price is used for a day: manual beats fetched beats bundled; roubles via the official rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.services import history, prices
from desktop.store.models import MarketPrice

DAY = dt.date(2025, 1, 1)


def test_offline_prices_come_from_bundled_history(db):
    usd = prices.price_on(db, "USD", DAY)
    assert usd == prices.Quote(history.btc_usd().at(DAY), DAY, "bundled")
    rub = prices.price_on(db, "RUB", DAY)
    assert rub.value == history.btc_usd().at(DAY) * history.usd_rub().at(DAY)
    assert rub.source == "bundled"
    assert prices.price_on(db, "EUR", DAY) is None  # no bundled EUR


def test_after_the_bundled_history_the_last_price_is_carried_with_its_date(db):
    last = history.btc_usd().last
    q = prices.price_on(db, "USD", last + dt.timedelta(days=100))
    assert q.day == last and q.source == "bundled"


def test_manual_price_wins_for_its_date_and_is_marked(db):
    prices.set_manual_price(db, DAY, "RUB", Decimal("9000000.00"))
    q = prices.price_on(db, "RUB", DAY)
    assert q == prices.Quote(Decimal("9000000.00"), DAY, "manual")
    # the next day falls back to bundled history (newer than the manual one)
    nxt = prices.price_on(db, "RUB", DAY + dt.timedelta(days=1))
    assert nxt.source == "bundled"
    prices.set_manual_price(db, DAY, "RUB", Decimal("9100000"))  # replaces, never duplicates
    assert prices.manual_prices(db) == [prices.ManualPrice(DAY, "RUB", Decimal("9100000"))]
    prices.delete_manual_price(db, DAY, "RUB")
    assert prices.price_on(db, "RUB", DAY).source == "bundled"


def test_manual_beats_fetched_on_the_same_day(db):
    with db.session() as s:
        s.add(MarketPrice(day=DAY, base="BTC", quote="USD", source="coingecko", value=Decimal("93000")))
    assert prices.price_on(db, "USD", DAY).source == "coingecko"  # fetched beats bundled on a day
    prices.set_manual_price(db, DAY, "USD", Decimal("90000"))
    assert prices.price_on(db, "USD", DAY) == prices.Quote(Decimal("90000"), DAY, "manual")


def test_fetched_rate_combines_with_bundled_price(db):
    with db.session() as s:
        s.add(MarketPrice(day=DAY, base="USD", quote="RUB", source="cbr", value=Decimal("101.6797")))
    q = prices.price_on(db, "RUB", DAY)
    assert q.value == history.btc_usd().at(DAY) * Decimal("101.6797")
    assert q.source == "bundled+cbr"


@pytest.mark.parametrize("value", [Decimal(0), Decimal(-1), Decimal("NaN")])
def test_manual_price_must_be_positive(db, value):
    with pytest.raises(ValueError):
        prices.set_manual_price(db, DAY, "USD", value)


def test_manual_price_not_in_the_future(db):
    with pytest.raises(ValueError, match="future"):
        prices.set_manual_price(db, dt.date.today() + dt.timedelta(days=1), "USD", Decimal(1))

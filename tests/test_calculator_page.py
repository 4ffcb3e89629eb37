"""The mining calculator page: the textbook formula, live recalculation, errors in place, the fleet."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.mining import MiningInputs, calculate
from desktop.ui.app import make_app
from desktop.ui.pages.calculator import CalculatorPage


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = CalculatorPage(demo_db)
    qtbot.addWidget(p)
    return p


def set_inputs(page, **values):
    for name, text in values.items():
        getattr(page, name).setText(text)
    page.recalculate()


def test_textbook_case(page):
    set_inputs(page, hashrate="100", power="3000", tariff="0,10", price="100000", difficulty="1e14", fees="0",
               pool_fee="0", uptime="100", growth="0", purchase="")
    page.currency.setCurrentIndex(page.currency.findData("USD"))
    set_inputs(page, price="100000")
    r = page.result
    # 100e12 × 86,400 × 3.125 ÷ (1e14 × 2^32) = 0.0000628642737865…
    assert r.btc_per_day.quantize(Decimal("0.00000001")) == Decimal("0.00006286")
    assert page.out["btc_per_day"].text().replace("\u00a0", " ") == "0.00006286 BTC"
    assert page.out["break_even_price"].text() == "$114,532.46"
    assert page.out["profit_per_day"].text() == "-$0.91"
    assert page.error.isHidden()


def test_bad_input_shows_what_and_keeps_last_result(page):
    page.recalculate()
    before = page.result
    set_inputs(page, hashrate="abc")
    assert not page.error.isHidden()
    assert "Hashrate" in page.error.text()
    assert page.result is before


def test_growth_and_horizon_from_history_and_chart(page):
    assert Decimal(page.growth.text()) != 0  # default from the last 12 months of bundled difficulty
    page.days.setValue(3 * 365)
    page.recalculate()
    assert page.result.halvings_in_horizon  # three years ahead crosses the 2028 halving
    assert page.chart_view.chart().series()[0].count() > 100


def test_use_fleet_of_the_profile(page):
    page.set_profile(3)
    page.use_fleet()
    page.recalculate()
    assert Decimal(page.hashrate.text()) > 20_000  # the company runs ~24 PH/s
    expected = calculate(MiningInputs(**{**page.inputs().__dict__}))
    assert page.result.btc_per_day == expected.btc_per_day

"""Settings: farm assumptions are saved, validated, and change the figures that use them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.services import records
from desktop.services import settings as app_settings
from desktop.ui.app import make_app
from desktop.ui.pages.settings import SettingsPage


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = SettingsPage(demo_db)
    qtbot.addWidget(p)
    return p


def test_defaults_shown(page):
    assert page.life.value() == 36
    assert page.uptime.text() == "97"
    assert page.band_edits[("le20", "RUB")].text() == "1200"


def test_life_changes_book_value(page):
    today = dt.date(2026, 3, 22)
    before = records.equipment_valuation(page.db, 3, "RUB", today, app_settings.farm_params(page.db)).book_total
    with_signal = []
    page.data_changed.connect(lambda: with_signal.append(1))
    page.life.setValue(120)
    after = records.equipment_valuation(page.db, 3, "RUB", today, app_settings.farm_params(page.db)).book_total
    assert after > before and with_signal


def test_percent_validation(page):
    page.uptime.setText("150")
    page._save_percent(app_settings.UPTIME_PERCENT, page.uptime)
    assert "150" in page.farm_error.text()
    assert app_settings.farm_params(page.db).uptime == Decimal("0.97")
    page.uptime.setText("95,5")
    page._save_percent(app_settings.UPTIME_PERCENT, page.uptime)
    assert page.farm_error.text() == ""
    assert app_settings.farm_params(page.db).uptime == Decimal("0.955")


def test_price_table_saved_and_used(page):
    page.band_edits[("20-30", "RUB")].setText("700")
    page._save_prices()
    assert app_settings.price_table(page.db)["20-30"]["RUB"] == Decimal("700")
    page.band_edits[("20-30", "RUB")].setText("seven")
    page._save_prices()
    assert "seven" in page.farm_error.text()
    assert app_settings.price_table(page.db)["20-30"]["RUB"] == Decimal("700")

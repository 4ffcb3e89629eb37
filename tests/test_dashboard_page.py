"""Dashboard figures and compliance panel against the seeded demo data (checked with raw SQL)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.services import profiles
from desktop.ui.app import make_app
from desktop.ui.pages.dashboard import DashboardPage


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = DashboardPage(demo_db)
    qtbot.addWidget(p)
    return p


def sql(db, query, *args):
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query, args).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("pid", [1, 2, 3])
def test_holdings_and_fleet_match_the_books(page, pid):
    page.set_profile(pid)
    d = page.dashboard
    held = sql(page.db, "SELECT (SELECT coalesce(sum(amount_sat),0) FROM payout WHERE profile_id=?) - "
                        "(SELECT coalesce(sum(amount_sat),0) FROM disposal WHERE profile_id=?)", pid, pid)
    assert d.holdings_sat == held
    assert page.card_holdings.value.text().replace("\u00a0", " ") == f"{held / 1e8:.8f} BTC"
    last = sql(page.db, "SELECT max(day) FROM payout WHERE profile_id=?", pid)
    first30 = sql(page.db, "SELECT date(?, '-29 day')", d.as_of.isoformat())
    mined30 = sql(page.db, "SELECT coalesce(sum(amount_sat),0) FROM payout WHERE profile_id=? AND day BETWEEN ? AND ?",
                  pid, first30, d.as_of.isoformat())
    assert d.as_of.isoformat() >= last
    assert d.produced_30d_sat == mined30
    running = sql(page.db, "SELECT count(*) FROM equipment WHERE profile_id=? AND (status='active' OR "
                           "(status_date > ?))", pid, d.as_of.isoformat())
    assert d.fleet_units == running
    assert d.btc_price is not None and d.holdings_value is not None  # priced offline from bundled history


def test_charts_are_drawn(page):
    page.set_profile(3)
    mined = page.mined_view.chart()
    assert mined.series() and mined.series()[0].barSets()[0].count() == 12
    assert page.holdings_view.chart().series()[0].count() >= 24


def test_compliance_individual_under_limit_and_sole_trader_seasonal(page):
    page.set_profile(1)  # 3 ASICs at home, under 6,000 kWh a month
    assert [f.code for f in page.dashboard.flags] == []
    assert "No compliance issue" in page.flags.item(0).text()
    page.set_profile(2)  # hosted in Irkutsk Oblast: seasonal ban in parts of the region
    codes = [f.code for f in page.dashboard.flags]
    assert codes == ["region_seasonal"]
    assert "Иркутская область" in page.flags.item(0).text()


def test_sole_trader_without_registry_is_flagged(page):
    p = profiles.get_profile(page.db, 2)
    profiles.update_profile(page.db, 2, profiles.ProfileData(name=p.name, legal_form=p.legal_form, inn=p.inn,
                                                              region=p.region))
    page.set_profile(2)
    codes = [f.code for f in page.dashboard.flags]
    assert "not_in_registry" in codes
    assert any("registry of miners" in page.flags.item(i).text() for i in range(page.flags.count()))


def test_no_profile(qtbot, db):
    make_app()
    p = DashboardPage(db)
    qtbot.addWidget(p)
    p.set_profile(None)
    assert "No profile yet" in p.heading.text()

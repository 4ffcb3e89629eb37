"""The Loans page's Risk tab: figures equal the risk service, top-ups side by side, stale runs cancelled,
sell-or-borrow, and the risk figures saved with a simulation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.services import loans
from desktop.services import risk as risk_service
from desktop.ui import formatting, messages
from desktop.ui.app import make_app
from desktop.ui.pages.loans import LoansPage
from desktop.ui.pages.risk_tab import RiskTab, _btc, _pct

BULLET = "illustrative-btc-bullet-50-70-80"
TIMEOUT = 20000


@pytest.fixture
def loan(demo_db):
    offer = loans.load_offer(demo_db, BULLET)
    result = loans.simulate_for_profile(demo_db, offer, Decimal(50000), profile_id=3, term_months=12,
                                        price=Decimal(100000), start_date=dt.date.today())
    return offer, result


@pytest.fixture
def tab(qtbot, demo_db, loan):
    make_app()
    t = RiskTab(demo_db)
    qtbot.addWidget(t)
    t.set_loan(*loan, 3)
    t.paths.setValue(500)
    t.seed.setValue(1)
    return t


def run_and_wait(qtbot, tab):
    tab.run()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=TIMEOUT)


def test_figures_match_the_service(qtbot, tab, demo_db, loan):
    assert tab.report is None and tab.out["liquidation_share"].text() == "—"
    run_and_wait(qtbot, tab)
    direct = risk_service.analyse(demo_db, *loan, profile_id=3, monte_carlo_paths=500, seed=1)
    assert tab.report.to_dict() == direct.to_dict()
    bt = direct.backtest
    assert tab.out["start_dates"].text() == formatting.number(bt.start_dates)
    assert tab.out["margin_call_share"].text() == _pct(bt.margin_call_share)
    assert tab.out["liquidation_share"].text() == _pct(bt.liquidation_share)
    assert tab.out["worst_ltv"].text() == _pct(bt.worst_ltv)
    assert tab.out["median_btc_left"].text() == _btc(bt.median_btc_left)
    assert tab.out["mc_margin_call"].text() == _pct(direct.monte_carlo.margin_call_probability, 2)
    assert tab.out["mc_liquidation"].text() == _pct(direct.monte_carlo.liquidation_probability, 2)
    assert tab.out_topup["start_dates"].isHidden()
    assert tab.stress_table.rowCount() == 3
    assert tab.stress_table.item(0, 0).text() == "−30 %"
    assert tab.drawdown_table.rowCount() == len(direct.drawdowns) > 0
    assert tab.mc_chart.chart().series() and tab.history_chart.chart().series()
    assert tab.start_date.isEnabled()


def test_top_ups_side_by_side(qtbot, tab, demo_db, loan):
    tab.topup.setChecked(True)
    run_and_wait(qtbot, tab)
    direct = risk_service.analyse(demo_db, *loan, profile_id=3, monte_carlo_paths=500, seed=1,
                                  top_up_from_mining=True)
    assert tab.report.to_dict() == direct.to_dict()
    assert not tab.out_topup["start_dates"].isHidden()
    assert tab.out_topup["liquidation_share"].text() == _pct(direct.backtest_topup.liquidation_share)
    assert tab.out_topup["median_btc_left"].text() == _btc(direct.backtest_topup.median_btc_left)
    assert tab.out["liquidation_share"].text() == _pct(direct.backtest.liquidation_share)
    if direct.mining is not None:
        assert tab.out["mining_mined"].text() == _btc(direct.mining.total_mined)
        assert tab.out["covers"].text() in ("yes", "no")


def test_top_ups_need_a_profile(tab, loan):
    tab.set_loan(*loan, None)
    assert not tab.topup.isEnabled() and not tab.topup.isChecked()


def test_second_run_cancels_the_first(qtbot, tab, demo_db, loan):
    tab.paths.setValue(50_000)
    first = tab.run()
    tab.paths.setValue(500)
    tab.seed.setValue(7)
    assert first.progress.cancelled  # changed controls cancel the run in flight
    second = tab.run()
    assert second is not first
    qtbot.waitUntil(lambda: tab.report is not None, timeout=TIMEOUT)
    direct = risk_service.analyse(demo_db, *loan, profile_id=3, monte_carlo_paths=500, seed=7)
    assert tab.report.monte_carlo.paths == 500
    assert tab.report.to_dict() == direct.to_dict()
    qtbot.wait(200)  # a late first result, if any, never overwrites the second
    assert tab.report.monte_carlo.paths == 500


def test_new_loan_cancels_and_drops_a_stale_result(qtbot, tab, demo_db, loan):
    offer, result = loan
    task = tab.run()
    other = loans.simulate_for_profile(demo_db, offer, Decimal(40000), profile_id=3, term_months=12,
                                       price=Decimal(100000), start_date=dt.date.today())
    tab.set_loan(offer, other, 3)
    assert task.progress.cancelled
    tab._done(tab.generation - 1, object())  # a late arrival for the old loan is ignored
    assert tab.report is None and tab.out["liquidation_share"].text() == "—"


def test_sell_or_borrow(qtbot, tab, demo_db, loan):
    run_and_wait(qtbot, tab)
    _offer, result = loan
    assert tab.sell_table.rowCount() == 5
    from desktop.services import records
    held = records.holdings_summary(demo_db, 3, "USD", result.start_date).holdings_sat
    cases, even = risk_service.sell_or_borrow(result, held)
    assert tab.sell_table.item(2, 0).text() == formatting.money(cases[2].end_price, "USD")
    assert tab.sell_table.item(4, 4).text() == formatting.money(cases[4].borrow_fiat, "USD")
    assert formatting.money(even, "USD") in tab.break_even.text()


def test_loans_page_saves_the_risk_figures(qtbot, demo_db, monkeypatch):
    make_app()
    page = LoansPage(demo_db)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[-1] == "Risk" and page.tabs.widget(3) is page.risk_tab
    monkeypatch.setattr(messages, "info", lambda *a: None)
    monkeypatch.setattr(page, "_ask_text", lambda *a: "with risk")
    page.set_profile(3)
    page.select_offer(BULLET)
    page.amount.setText("50000")
    page.price.setText("100000")
    page.recalculate()
    assert page.risk_tab.result is page.result
    page.risk_tab.paths.setValue(500)
    page.risk_tab.run()
    qtbot.waitUntil(lambda: page.risk_tab.report is not None, timeout=TIMEOUT)
    page.save_simulation()  # recalculates the same loan: the report is kept
    saved = loans.list_simulations(demo_db, 3)
    assert len(saved) == 1
    risk = saved[0].inputs["risk"]
    assert risk["backtest"] == page.risk_tab.report.backtest.to_dict()
    assert risk["monte_carlo"]["paths"] == 500 == risk["settings"]["monte_carlo_paths"]
    assert len(risk["sell_or_borrow"]) == 5

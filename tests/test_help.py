"""Help: the glossary's content (complete, translatable, agreeing with the core maths), the panel (F1, the Help
menu, search, links), the "?" buttons and tooltips on the Loans, Risk, Calculator and Dashboard pages, and the
panel re-reading its texts on a language switch."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, QUrl
from PySide6.QtWidgets import QApplication

from desktop.core import loans as core_loans
from desktop.core import mining
from desktop.core import risk as core_risk
from desktop.paths import resources_dir
from desktop.ui import glossary, i18n
from desktop.ui.app import make_app
from desktop.ui.glossary import HelpButton
from desktop.ui.glossary_panel import GlossaryPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.calculator import CalculatorPage
from desktop.ui.pages.dashboard import DashboardPage
from desktop.ui.pages.loans import LoansPage
from desktop.ui.pages.risk_tab import RiskTab

REQUIRED = {"ltv", "margin_call", "cure", "liquidation", "apr", "psk", "hashprice", "efficiency", "difficulty",
            "collateral", "haircut", "halving", "hashrate", "break_even", "sell_or_borrow", "backtest", "monte_carlo"}


def _marking_qm(folder: Path) -> Path:
    """A real translation file that marks every glossary text and the dock's title: «source»."""
    messages = [("Glossary", text) for s in glossary._SOURCES
                for text in (s.title, s.short, s.body, s.formula, s.example)]
    messages.append(("GlossaryDock", "What does this mean?"))
    root = ET.Element("TS", version="2.1", language="ru_RU")
    for context in dict.fromkeys(c for c, _ in messages):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for c, text in messages:
            if c == context:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = text
                ET.SubElement(msg, "translation").text = "«" + text + "»"
    ts, qm = folder / "marking.ts", folder / "marking.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@pytest.fixture
def marking(qtbot, tmp_path):
    """Stands in for a translation: every glossary text comes back marked, everything else untouched."""
    make_app()
    translator = QTranslator()
    assert translator.load(str(_marking_qm(tmp_path)))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(qtbot, demo_db):
    make_app()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


def buttons(widget, key=None) -> list[HelpButton]:
    return [b for b in widget.findChildren(HelpButton) if key is None or b.key == key]


# ---- content ------------------------------------------------------------------------------------------------
def test_every_term_has_title_explanation_formula_and_example():
    make_app()
    terms = glossary.terms()
    assert REQUIRED <= {t.key for t in terms}
    assert len({t.key for t in terms}) == len(terms)
    for t in terms:
        assert t.title.strip() and t.short.strip() and t.body.strip(), t.key
        assert t.formula.strip() and t.example.strip(), t.key
        assert any(ch.isdigit() for ch in t.example), f"{t.key}: the example has no numbers"
        assert "\n" not in t.short, f"{t.key}: the definition must be one line"
        assert set(t.see_also) <= set(glossary.keys()) and t.key not in t.see_also, t.key


def test_every_text_goes_through_translate(marking):
    for t in glossary.terms():
        for text in (t.title, t.short, t.body, t.formula, t.example):
            assert text.startswith("«") and text.endswith("»"), (t.key, text)


def test_examples_agree_with_the_core_maths():
    """The worked examples quote figures the app computes: a change in the maths must show up here."""
    make_app()
    ex = {t.key: t.example for t in glossary.terms()}
    usd = "USD"
    assert core_loans.liquidation_price(Decimal(50000), 100_000_000, Decimal("0.8"), currency=usd) == Decimal("62500.00")
    mc = core_loans.margin_call_price(Decimal(50000), 100_000_000, Decimal("0.7"), currency=usd)
    assert f"{mc:,}" == "71,428.58" and "71,428.58" in ex["margin_call"]
    add, repay = core_loans.cure_amounts(Decimal(50000), 100_000_000, mc, Decimal("0.5"), currency=usd)
    assert "0.39999984" in ex["cure"] and add == 39_999_984
    assert f"{repay:,}" in ex["cure"]
    assert core_loans.collateral_required_sats(Decimal(50000), Decimal(100000), Decimal("0.5"), Decimal(30000)) == 70_000_000

    offers = resources_dir() / "offers"

    def offer(name):
        return core_loans.Offer.from_dict(json.loads((offers / f"{name}.json").read_text(), parse_float=Decimal))

    bullet = core_loans.simulate(offer("illustrative-btc-bullet-50-70-80"), Decimal(50000), 12, Decimal(100000),
                                 dt.date(2026, 1, 15))
    assert str(bullet.apr_percent) in ex["apr"] and str(bullet.psk_percent) in ex["psk"]
    assert bullet.total_paid == Decimal("57000.00") and bullet.psk_money == Decimal("7000.00")
    assert bullet.price_drift[-1].liquidation_price == Decimal("70000.00")
    assert core_risk.break_even_price(bullet.net_disbursed, bullet.price, bullet.total_paid) == 114000
    annuity = core_loans.simulate(offer("illustrative-ru-bank-key-rate-plus-7"), Decimal(1_000_000), 12,
                                  Decimal(8_000_000), dt.date(2026, 1, 15))
    assert f"{annuity.payment:,}" in ex["psk"] and f"{annuity.psk_money:,}" in ex["psk"]
    assert annuity.psk_percent == Decimal("23.500")

    r = mining.calculate(mining.MiningInputs(
        hashrate_ths=Decimal(200), power_w=Decimal(3500), tariff_per_kwh=Decimal("0.06"), currency=usd,
        btc_price=Decimal(100000), difficulty=Decimal("1e14"), start_date=dt.date(2026, 1, 1),
        fees_per_block_btc=Decimal("0.025"), pool_fee_percent=Decimal("2.5"), uptime_percent=Decimal(97),
        purchase_price=Decimal(3000)))
    assert f"{r.btc_per_day:.8f}" == "0.00011986" and "0.00011986" in ex["btc_per_day"]
    assert f"{r.break_even_price:,.0f}" == "40,788" and "40,788" in ex["break_even"]
    assert f"{r.break_even_tariff:.3f}" == "0.147" and f"{r.hashprice_per_th_day:.4f}" == "0.0599"
    assert r.payback_days == 423 and "423" in ex["payback"]
    assert f"{r.energy_kwh_per_day}" == "81.48"
    assert mining.efficiency_j_per_th(3500, Decimal(200)) == Decimal("17.5")


# ---- the panel ----------------------------------------------------------------------------------------------
def test_menu_and_f1_open_the_panel(window, qtbot):
    dock = window.glossary_dock
    assert dock.isHidden()
    help_actions = [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert window.act_glossary in help_actions
    window.act_glossary.trigger()
    assert dock.isVisible()
    dock.hide()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert dock.isVisible()
    assert dock.panel.current_key() in glossary.keys()


def test_question_mark_next_to_ltv_opens_the_panel_at_ltv(window, qtbot):
    window.show_page("loans")
    page = window.pages["loans"]
    button = [b for b in buttons(page, "ltv") if b.isVisible()][0]
    window.glossary_dock.panel.show_term("hashprice")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.glossary_dock.isVisible()
    assert window.glossary_dock.panel.current_key() == "ltv"
    assert "LTV" in window.glossary_dock.panel.text.toPlainText()


def test_question_marks_work_from_the_keyboard(window, qtbot):
    window.show_page("loans")
    page = window.pages["loans"]
    button = buttons(page, "margin_call")[0]
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        window.glossary_dock.hide()
        window.glossary_dock.panel.show_term("halving")
        button.setFocus()
        qtbot.keyClick(button, key)
        qtbot.waitUntil(lambda: window.glossary_dock.panel.current_key() == "margin_call", timeout=2000)
        assert window.glossary_dock.isVisible()


def test_f1_on_a_field_opens_its_term(window, qtbot):
    window.show_page("calculator")
    page = window.pages["calculator"]
    window.activateWindow()
    page.difficulty.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.difficulty, timeout=2000)
    qtbot.keyClick(page.difficulty, Qt.Key.Key_F1)
    assert window.glossary_dock.isVisible()
    assert window.glossary_dock.panel.current_key() == "difficulty"
    assert page.difficulty.hasFocus()  # F1 does not take the user out of the field
    page.hashrate.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.hashrate, timeout=2000)
    qtbot.keyClick(page.hashrate, Qt.Key.Key_F1)
    assert window.glossary_dock.panel.current_key() == "hashrate"


def test_search_filters_the_list(qtbot):
    make_app()
    panel = GlossaryPanel()
    qtbot.addWidget(panel)
    everything = panel.visible_keys()
    assert everything == list(glossary.keys())
    panel.search.setText("liquidation")
    found = panel.visible_keys()
    assert found[0] == "liquidation" and len(found) < len(everything)
    panel.search.setText("J/TH")
    assert panel.visible_keys()[0] == "efficiency"
    panel.search.setText("zzzz no such term")
    assert panel.visible_keys() == [] and panel.no_match.isVisibleTo(panel)
    panel.search.clear()
    assert panel.visible_keys() == everything and not panel.no_match.isVisibleTo(panel)
    panel.search.setText("hashprice")
    panel.show_term("psk")  # a term the filter hides: the filter is cleared
    assert panel.current_key() == "psk" and panel.search.text() == "" and "psk" in panel.visible_keys()


def test_panel_shows_formula_example_and_links(qtbot):
    make_app()
    panel = GlossaryPanel()
    qtbot.addWidget(panel)
    panel.show_term("margin_call")
    text = panel.text.toPlainText()
    t = glossary.term("margin_call")
    assert t.title in text and "71,428.58" in text and "How the app computes it" in text and "Example" in text
    panel._link(QUrl("term:cure"))
    assert panel.current_key() == "cure"
    panel.list.setCurrentRow(glossary.keys().index("halving"))
    assert panel.current_key() == "halving"


def test_a_page_outside_the_main_window_opens_its_own_glossary(qtbot, demo_db):
    make_app()
    page = LoansPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(buttons(page, "psk")[0], Qt.MouseButton.LeftButton)
    panel = page.findChild(GlossaryPanel, "glossaryWindow")
    assert panel is not None and panel.isVisible() and panel.current_key() == "psk"


# ---- context help on the pages ----------------------------------------------------------------------------------
def test_loans_page_tooltips_and_buttons(qtbot, demo_db):
    make_app()
    page = LoansPage(demo_db)
    qtbot.addWidget(page)
    for out, key in {"initial_ltv": "ltv", "margin_call": "margin_call", "liquidation": "liquidation",
                     "apr": "apr", "psk": "psk", "cure": "cure", "collateral": "collateral"}.items():
        assert page.out[out].toolTip() == glossary.tooltip(key), out
        assert page._out_titles[out].toolTip() == glossary.tooltip(key), out
        assert buttons(page, key), key
    assert page.collateral_edit.toolTip() == glossary.tooltip("collateral")
    assert glossary.term_of(page.collateral_edit) == "collateral"
    assert page.equipment_label.toolTip() == glossary.tooltip("haircut") and buttons(page, "haircut")
    page.refresh()
    header = page.compare_table.verticalHeaderItem(4)
    assert header.text() == "Initial LTV" and header.toolTip() == glossary.tooltip("ltv")


def test_risk_tab_tooltips_and_buttons(qtbot, demo_db):
    make_app()
    tab = RiskTab(demo_db)
    qtbot.addWidget(tab)
    for out, key in {"margin_call_share": "margin_call", "liquidation_share": "liquidation", "worst_ltv": "ltv",
                     "start_dates": "backtest", "mc_margin_call": "monte_carlo", "mc_liquidation": "monte_carlo"}.items():
        assert tab.out[out].toolTip() == glossary.tooltip(key), out
        assert buttons(tab, key), key
    assert tab.out_topup["liquidation_share"].toolTip() == glossary.tooltip("liquidation")
    for key in ("stress", "sell_or_borrow", "cure", "backtest", "monte_carlo"):
        assert buttons(tab, key), key
    assert tab.topup.toolTip() == glossary.tooltip("cure")
    assert tab.paths.toolTip() == glossary.tooltip("monte_carlo")
    assert tab.break_even.toolTip() == glossary.tooltip("sell_or_borrow")


def test_calculator_tooltips_and_buttons(qtbot, demo_db):
    make_app()
    page = CalculatorPage(demo_db)
    qtbot.addWidget(page)
    for widget, key in ((page.hashrate, "hashrate"), (page.difficulty, "difficulty"), (page.growth, "difficulty"),
                        (page.purchase, "payback"), (page.out["hashprice"], "hashprice"),
                        (page.out["efficiency"], "efficiency"), (page.out["break_even_price"], "break_even"),
                        (page.out["break_even_tariff"], "break_even"), (page.out["cost_per_btc"], "cost_per_btc"),
                        (page.out["btc_per_day"], "btc_per_day")):
        assert widget.toolTip() == glossary.tooltip(key), key
        assert buttons(page, key), key
    for name, text in {"hashrate": "200", "power": "3500"}.items():
        getattr(page, name).setText(text)
    page.recalculate()
    assert page.out["efficiency"].text() == "17.5 J/TH"


def test_dashboard_tooltips_and_buttons(qtbot, demo_db):
    make_app()
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    page.set_profile(1)
    assert page.card_fleet.value.toolTip() == glossary.tooltip("hashrate")
    assert page.card_fleet.detail.toolTip() == glossary.tooltip("efficiency")
    assert page.card_cost.value.toolTip() == glossary.tooltip("cost_per_btc")
    assert {b.key for b in buttons(page)} >= {"hashrate", "efficiency", "cost_per_btc"}
    assert page.card_fleet.caption.text() == "Fleet running"  # the caption is still the card's own label


# ---- language ------------------------------------------------------------------------------------------------------
def test_panel_rereads_its_texts_on_a_language_switch(window, qtbot, marking):
    dock = window.glossary_dock
    window.show_glossary("apr")
    english = glossary._BY_KEY["apr"].title
    window.set_language("ru")
    # the texts come from translate(): Russian once the translations are merged, marked by the stand-in here
    expected = QCoreApplication.translate("Glossary", english)
    assert expected != english
    assert dock.panel.current_key() == "apr"
    assert dock.panel.list.currentItem().text() == expected
    assert expected in dock.panel.text.toPlainText()
    assert dock.windowTitle() == QCoreApplication.translate("GlossaryDock", "What does this mean?")
    assert dock.windowTitle() != "What does this mean?"
    # the pages were rebuilt too: their "?" buttons and tooltips speak the new language
    ltv_title = QCoreApplication.translate("Glossary", glossary._BY_KEY["ltv"].title)
    assert ltv_title in buttons(window.pages["loans"], "ltv")[0].toolTip()
    QCoreApplication.removeTranslator(marking)
    window.set_language("en")
    assert dock.panel.list.currentItem().text() == english
    assert dock.windowTitle() == "What does this mean?"

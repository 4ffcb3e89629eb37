"""The loans page: offers listed, live simulation matching the service, errors in place, compare, saving,
and the offer editor / offer files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.core.money import format_btc
from desktop.services import loans, offers
from desktop.ui import formatting, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.offer_dialog import OfferDialog
from desktop.ui.pages.loans import LoansPage, round_down

BULLET = "illustrative-btc-bullet-50-70-80"
RU_BANK = "illustrative-ru-bank-key-rate-plus-7"
INTEREST_ONLY = "illustrative-btc-interest-only-40"


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = LoansPage(demo_db)
    qtbot.addWidget(p)
    return p


def choose(page, profile_id, key, **texts):
    page.set_profile(profile_id)
    page.select_offer(key)
    assert page.current_key() == key
    for name, text in texts.items():
        getattr(page, name).setText(text)
    page.recalculate()
    return page.result


def test_lists_the_catalogue_offers(page):
    keys = [page.offer_combo.itemData(i) for i in range(page.offer_combo.count())]
    assert len(keys) == 5
    assert {BULLET, RU_BANK, INTEREST_ONLY} <= set(keys)
    assert all("(illustrative)" in page.offer_combo.itemText(i) for i in range(5))
    assert page.compare_list.count() == 5
    assert not page.save_button.isEnabled()  # no profile


def test_bullet_matches_the_service(page, demo_db):
    r = choose(page, 3, BULLET, amount="50000", price="100000")
    assert page.error.isHidden()
    assert r.collateral_sats == 100_000_000
    assert "1.00000000" in page.out["collateral"].text()
    assert formatting.money(r.liquidation_price, "USD") in page.out["liquidation"].text()
    assert formatting.money(r.margin_call_price, "USD") in page.out["margin_call"].text()
    direct = loans.simulate_for_profile(demo_db, loans.load_offer(demo_db, BULLET), Decimal(50000), profile_id=3,
                                        term_months=12, price=Decimal(100000), start_date=dt.date.today())
    assert direct.liquidation_price == r.liquidation_price == Decimal("62500.00")
    assert (direct.total_interest, direct.total_fees, direct.apr_percent, direct.psk_percent) == (
        r.total_interest, r.total_fees, r.apr_percent, r.psk_percent)
    assert r.total_fees == Decimal("1000.00")  # admin 2 %
    assert page.out["total_interest"].text() == formatting.money(direct.total_interest, "USD")
    assert page.out["psk"].text().startswith(formatting.number(direct.psk_percent, 3))
    assert page.eligibility.text() == "Eligible"
    assert page.save_button.isEnabled()


def test_prefill_from_profile(page, demo_db):
    page.set_profile(3)
    page.select_offer(BULLET)
    pc = loans.profile_collateral(demo_db, 3, loans.load_offer(demo_db, BULLET))
    assert Decimal(page.amount.text()) == round_down(pc.max_amount / 2)
    assert formatting.money(pc.max_amount, "USD") in page.max_label.text()
    assert Decimal(page.price.text()) == pc.price.value
    page.pledge_all_holdings()
    assert page.collateral_edit.text() == format_btc(pc.holdings_sat)
    page.recalculate()
    assert page.result.collateral_sats == pc.holdings_sat


def test_round_down():
    assert round_down(Decimal("54084.06")) == Decimal(54000)
    assert round_down(Decimal("4542964.46")) == Decimal(4500000)
    assert round_down(Decimal("7.5")) == Decimal(7)


def test_russian_bank_not_for_individuals(page):
    r = choose(page, 1, RU_BANK, amount="1000000")
    assert r.eligibility
    assert "not available to individuals" in page.eligibility.text()
    assert "Eligible" not in page.eligibility.text()


def test_invalid_amount_keeps_last_result(page):
    before = choose(page, 3, BULLET, amount="50000", price="100000")
    page.amount.setText("abc")
    page.recalculate()
    assert not page.error.isHidden()
    assert "Amount" in page.error.text() and "abc" in page.error.text()
    assert page.result is before
    assert "1.00000000" in page.out["collateral"].text()
    page.amount.setText("50 000,5")  # decimal comma and a space are fine
    page.recalculate()
    assert page.error.isHidden() and page.result.amount == Decimal("50000.50")


def test_schedule_and_ltv_chart(page):
    r = choose(page, 3, RU_BANK, amount="2000000")
    assert page.schedule_model.rowCount() == len(r.schedule)
    page.maturity_price.setText("3000000")
    page.recalculate()
    series = page.chart_view.chart().series()
    assert len(series) == 4  # flat, path, margin call, liquidation
    assert series[0].count() == len(page.result.price_drift)
    assert series[1].at(series[1].count() - 1).y() > series[0].at(series[0].count() - 1).y()


def test_compare_two_offers(page):
    choose(page, 3, BULLET, amount="50000", price="100000")
    page.set_compare([BULLET, INTEREST_ONLY])
    assert page.compare_table.columnCount() == 2
    assert [k for k, _r, _n in page.compare_results] == [BULLET, INTEREST_ONLY]
    assert page.compare_results[0][1].liquidation_price == page.result.liquidation_price
    page.set_compare([BULLET, INTEREST_ONLY, RU_BANK])
    assert page.compare_table.columnCount() == 3
    assert page.compare_table.item(0, 2).text() == "RUB"


def test_save_simulation(page, demo_db, monkeypatch):
    infos = []
    monkeypatch.setattr(messages, "info", lambda *a: infos.append(a))
    monkeypatch.setattr(page, "_ask_text", lambda *a: "bank meeting")
    r = choose(page, 3, BULLET, amount="50000", price="100000")
    page.save_simulation()
    saved = loans.list_simulations(demo_db, 3)
    assert len(saved) == 1 and saved[0].name == "bank meeting" and saved[0].offer_key == BULLET
    assert saved[0].inputs["amount"] == "50000" and saved[0].inputs["term_months"] == r.term_months
    assert saved[0].inputs["collateral_sats"] is None
    assert infos


def test_offer_dialog_keeps_invalid_offer_open(qtbot, page, demo_db):
    data = offers.get_offer(demo_db, BULLET)
    data["ltv"]["margin_call"] = Decimal("0.9")
    saved = []
    dialog = OfferDialog(lambda d: saved.append(d) or d["id"], data)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert not saved
    assert dialog.result() == 0 and not dialog.error.isHidden()
    assert "ltv" in dialog.error.text()
    dialog.editor.setPlainText(dialog.text().replace('"margin_call": 0.9', '"margin_call": 0.75'))
    dialog.accept()
    assert saved and saved[0]["ltv"]["margin_call"] == Decimal("0.75")


def test_offer_dialog_syntax_error(qtbot, demo_db):
    make_app()
    offers.install_catalogue(demo_db)
    dialog = OfferDialog(lambda d: d["id"], offers.get_offer(demo_db, BULLET))
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText('{\n  "id": "x",\n  "lender" "A"\n}')
    dialog.accept()
    assert "line 3" in dialog.error.text()
    assert dialog.editor.textCursor().blockNumber() == 2


def test_open_bad_offer_file(page, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "schema": 1,\n  "id": "my-bank"\n  "lender": "x"\n}\n', encoding="utf-8")
    errors = []
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(bad))
    monkeypatch.setattr(messages, "error", lambda parent, title, text: errors.append(text))
    page.open_offer_file()
    assert errors and "line 4" in errors[0] and "column 3" in errors[0]
    assert page.offer_combo.count() == 5


def test_open_duplicate_export_delete(page, demo_db, tmp_path, monkeypatch):
    out = tmp_path / "copy.json"
    monkeypatch.setattr(page, "_ask_text", lambda *a: "my-copy")
    monkeypatch.setattr(OfferDialog, "exec", lambda self: self.accept() or self.result())
    page.select_offer(BULLET)
    page.duplicate_offer()
    assert page.current_key() == "my-copy" and page.offer_combo.count() == 6
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(out))
    page.export_offer()
    assert offers.load_offer_file(out)["id"] == "my-copy"
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    page.delete_offer()
    assert page.offer_combo.count() == 5 and page.offer_combo.findData("my-copy") < 0
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(out))
    page.open_offer_file()
    assert page.current_key() == "my-copy" and page.offer_combo.count() == 6


def test_cure_amounts_and_schedule_chart(qtbot, demo_db):
    from desktop.core.loans import cure_amounts
    from desktop.ui.app import make_app
    from desktop.ui.pages.loans import LoansPage

    make_app()
    page = LoansPage(demo_db)
    qtbot.addWidget(page)
    page.set_profile(3)
    page.offer_combo.setCurrentIndex(page.offer_combo.findData("illustrative-ru-bank-key-rate-plus-7"))
    page.recalculate()
    r = page.result
    add_sats, repay = cure_amounts(r.principal, r.collateral_sats, r.margin_call_price, page.offer.ltv.cure_to,
                                   r.equipment_counted, currency=r.currency)
    text = page.out["cure"].text().replace("\u00a0", " ")
    assert add_sats > 0 and f"{add_sats // 100_000_000},{add_sats % 100_000_000:08d}"[:6] in text.replace(".", ",")
    bars = page.schedule_chart.chart().series()[0].barSets()
    assert [b.label() for b in bars] == ["Principal", "Interest"]
    assert bars[0].count() == min(36, len([x for x in r.schedule if x.principal or x.interest]))

"""The Mining & holdings page with real widgets on real databases."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.money import parse_btc
from desktop.ui import formatting, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.disposal_dialog import DisposalDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.payout_dialog import PayoutDialog
from desktop.ui.pages.mining import MiningPage
from desktop.ui.table_model import KEEP_PAGES, PAGE

COMPANY = 3  # demo profile ids: 1 individual, 2 sole trader, 3 company (~800 daily payouts)
NEW_TXID = "ab" * 32


def sql(db, query: str, *args):
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query, args).fetchone()
    finally:
        con.close()


def holdings_sql(db, pid: int, at: dt.date | None = None) -> int:
    cond, args = ("AND day <= ?", (pid, at.isoformat())) if at else ("", (pid,))
    paid = sql(db, f"SELECT coalesce(sum(amount_sat), 0) FROM payout WHERE profile_id=? {cond}", *args)[0]
    gone = sql(db, f"SELECT coalesce(sum(amount_sat), 0) FROM disposal WHERE profile_id=? {cond}", *args)[0]
    return paid - gone


def payout_count(db, pid: int = COMPANY) -> int:
    return sql(db, "SELECT count(*) FROM payout WHERE profile_id=?", pid)[0]


def disposal_count(db, pid: int = COMPANY) -> int:
    return sql(db, "SELECT count(*) FROM disposal WHERE profile_id=?", pid)[0]


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = MiningPage(demo_db)
    qtbot.addWidget(p)
    p.set_profile(COMPANY)
    return p


@pytest.fixture
def dialogs(monkeypatch):
    """Replace ``exec`` of the record dialogs: fill the widgets (a function given per test), press OK.

    Returns the list of dialogs shown, so a test can look at one that stayed open with an error.
    """
    class Shown(list):
        fill: dict = {}

    shown = Shown()

    def fake_exec(self):
        shown.append(self)
        shown.fill[type(self)](self)
        self.accept()
        return self.result()

    monkeypatch.setattr(PayoutDialog, "exec", fake_exec)
    monkeypatch.setattr(DisposalDialog, "exec", fake_exec)
    return shown


def fill_payout(amount="0.01234567", txid="", day=dt.date(2026, 3, 20), pool="ViaBTC"):
    def fill(d: PayoutDialog):
        d.day.setDate(QDate(day))
        d.amount.setText(amount)
        d.pool.setText(pool)
        d.txid.setText(txid)
        d.address.setText("bc1qtestaddress")
        d.notes.setPlainText("test")
    return fill


# ------------------------------------------------------------------------------------------- reading


def test_models_pass_qt_checks(page, qtmodeltester):
    qtmodeltester.check(page.payouts_model)
    qtmodeltester.check(page.disposals_model)
    qtmodeltester.check(page.disposals_proxy)
    qtmodeltester.check(page.months_model)


def test_header_figures_match_the_books(page):
    expected = holdings_sql(page.db, COMPANY)
    mined = sql(page.db, "SELECT sum(amount_sat) FROM payout WHERE profile_id=?", COMPANY)[0]
    assert page.holdings_sat == expected > 0
    assert page.fig_holdings.value.text() == formatting.btc(expected)
    assert page.fig_mined.value.text() == formatting.btc(mined)
    assert page.fig_disposed.value.text() == formatting.btc(mined - expected)
    assert page.fig_holdings.detail.text().startswith("≈")  # the bundled price values the holdings


def test_holdings_on_a_date(page):
    day = dt.date(2025, 6, 30)
    page.holdings_date.setDate(QDate(day))
    assert page.fig_at.value.text() == formatting.btc(holdings_sql(page.db, COMPANY, day))
    # the default date is the end of the month before the last record
    page.set_profile(1)
    last = dt.date.fromisoformat(sql(page.db, "SELECT max(day) FROM payout WHERE profile_id=1")[0])
    assert page.holdings_date.date().toPython() == last.replace(day=1) - dt.timedelta(days=1)


def test_payouts_are_read_a_page_at_a_time(page, qtbot):
    total = payout_count(page.db)
    model = page.payouts_model
    assert total > PAGE
    assert model.rowCount() == total  # every row is there to scroll to; none is read until it is shown
    assert model.pages_in_memory() == []
    assert page.payout_status.text() == f"{formatting.number(total)} payouts"
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: model.pages_in_memory() == [0], timeout=3000)  # what the view shows at first
    page.payouts_view.scrollToBottom()
    qtbot.waitUntil(lambda: (total - 1) // PAGE in model.pages_in_memory(), timeout=3000)
    assert page.payout_status.text() == f"{formatting.number(total)} payouts"
    # newest first, every payout once
    ids = [model.row_at(r).payout.id for r in range(total)]
    assert len(set(ids)) == total
    days = [model.row_at(r).payout.day for r in range(total)]
    assert days == sorted(days, reverse=True)


def test_running_balance(page):
    model = page.payouts_model
    first = model.row_at(0)
    assert first.balance == holdings_sql(page.db, COMPANY)  # no disposal after the newest payout
    for r in (0, 17, PAGE - 1, PAGE, model.rowCount() - 1):  # across the page boundary too
        line = model.row_at(r)
        p = line.payout
        paid = sql(page.db, "SELECT sum(amount_sat) FROM payout WHERE profile_id=? AND (day < ? OR "
                   "(day = ? AND id <= ?))", COMPANY, p.day.isoformat(), p.day.isoformat(), p.id)[0]
        gone = sql(page.db, "SELECT coalesce(sum(amount_sat), 0) FROM disposal WHERE profile_id=? AND day < ?",
                   COMPANY, p.day.isoformat())[0]
        assert line.balance == paid - gone, r


@pytest.fixture
def long_list(qtbot, db):
    """A page on a profile of 5,000 payouts (up to seven a day, so the days straddle the pages) and a few
    transfers out; with the payouts list as SQL gives it, and the holdings right after each payout."""
    from sqlalchemy import insert

    from desktop.services import records
    from desktop.services.profiles import ProfileData, create_profile
    from desktop.store.models import Payout

    make_app()
    pid = create_profile(db, ProfileData(name="Long list")).id
    first = dt.date(2024, 1, 1)
    with db.session() as s:
        s.execute(insert(Payout), [
            {"profile_id": pid, "day": first + dt.timedelta(days=n // 7), "amount_sat": 100_000 + n * 37,
             "pool": "ViaBTC" if n % 3 else "F2Pool", "txid": f"{n:064x}", "address": f"bc1q{n}", "notes": ""}
            for n in range(5_000)])
    for k in range(1, 6):  # transfers out spread over the list, each well within what is held then
        records.add_disposal(db, pid, records.DisposalData(first + dt.timedelta(days=140 * k), "transfer", 1_000_000))
    con = sqlite3.connect(db.path)
    rows = con.execute("SELECT id, day, amount_sat FROM payout WHERE profile_id=? ORDER BY day DESC, id DESC",
                       (pid,)).fetchall()
    disposals = con.execute("SELECT day, amount_sat FROM disposal WHERE profile_id=?", (pid,)).fetchall()
    con.close()
    paid = sum(r[2] for r in rows)
    expected = []
    for id_, day, sats in rows:
        expected.append((id_, day, sats, paid - sum(a for d, a in disposals if d < day)))
        paid -= sats
    p = MiningPage(db)
    qtbot.addWidget(p)
    p.set_profile(pid)
    return p, expected


def test_windowed_payouts_of_a_long_list(long_list, qtmodeltester):
    """Start, middle and end of 5,000 payouts: the right rows and running balance, read by key or after a
    jump, and never more than the model's window of pages in memory."""
    from desktop.core.money import sats_to_btc

    page, expected = long_list
    model = page.payouts_model
    assert model.rowCount() == len(expected) == 5_000
    assert model.keep == KEEP_PAGES and model.page == PAGE
    model.keep = 3  # a window of three pages of 500 over ten

    def check(r: int) -> None:
        id_, day, sats, balance = expected[r]
        line = model.row_at(r)
        assert (line.payout.id, line.payout.day.isoformat(), line.payout.amount_sat, line.balance) == \
            (id_, day, sats, balance), r
        assert model.index(r, 0).data() == formatting.date(dt.date.fromisoformat(day))
        assert model.index(r, 1).data() == formatting.number(sats_to_btc(sats), 8)
        assert model.index(r, 3).data(3) == line.payout.txid  # ToolTipRole: the full transaction id
        assert model.index(r, 5).data() == formatting.number(sats_to_btc(balance), 8)
        assert len(model.pages_in_memory()) <= 3

    ends = (0, 1, PAGE - 1, PAGE, 2_499, 2_500, 2_501, 4_498, 4_500, 4_999)
    for r in ends:  # jumps: every page read by offset
        check(r)
    assert model.row_at(5_000) is None and model.row_at(-1) is None
    model.restart(model._read, model.total)
    for r in range(0, 5_000, 7):  # straight down: each page read by key after the one before
        check(r)
    assert model.pages_in_memory() == [7, 8, 9]
    for r in reversed(ends):  # and back up
        check(r)
    qtmodeltester.check(model)
    assert len(model.pages_in_memory()) <= 3


def test_a_payout_added_deep_in_a_long_list_is_selected(long_list, qtbot, dialogs):
    page, expected = long_list
    page.payouts_model.keep = 3
    day = dt.date.fromisoformat(expected[-1][1])  # the oldest day: near the end of the list
    row = sum(1 for e in expected if e[1] > day.isoformat())  # the first of its day: the highest id
    assert row > 4_900
    dialogs.fill[PayoutDialog] = fill_payout("0.001", NEW_TXID, day=day)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.add_payout()
    assert page.payouts_model.total == 5_001
    rows = page.payouts_view.selectionModel().selectedRows()
    assert [i.row() for i in rows] == [row]
    view = page.payouts_view
    assert view.viewport().rect().intersects(view.visualRect(rows[0])) and view.verticalScrollBar().value() > 0
    assert [p.txid for p in page.selected_payouts()] == [NEW_TXID]
    assert page.payout_status.text() == f"{formatting.number(5_001)} payouts"
    assert len(page.payouts_model.pages_in_memory()) <= 3


def test_txid_shortened_with_full_tooltip_and_copy(page):
    model = page.payouts_model
    txid = model.row_at(0).payout.txid
    index = model.index(0, 3)
    assert index.data() == f"{txid[:8]}…{txid[-8:]}"
    assert index.data(3) == txid  # ToolTipRole
    page.payouts_view.selectRow(0)
    page.copy_selection(page.payouts_view)
    assert txid in QApplication.clipboard().text()


def test_disposals_and_months(page):
    assert page.disposals_proxy.rowCount() == disposal_count(page.db)
    kinds = {page.disposals_proxy.index(r, 1).data() for r in range(page.disposals_proxy.rowCount())}
    assert "Sale" in kinds and "Network fee" in kinds
    months = page.months_model
    assert months.rowCount() > 12
    assert all(months.row_at(r).expected_sat > 0 for r in range(months.rowCount()))
    assert page.months_proxy.index(0, 2).data() != "—"
    flag_tip = months.index(1, 4).data(3)
    assert "20" in flag_tip
    assert page.production_chart.series() and page.cost_chart.series()


def test_empty_profile_and_no_profile(qtbot, db):
    make_app()
    from desktop.services.profiles import ProfileData, create_profile

    pid = create_profile(db, ProfileData(name="Farm")).id
    p = MiningPage(db)
    qtbot.addWidget(p)
    p.set_profile(pid)
    assert p.payouts_model.rowCount() == 0 and p.payouts_model.row_at(0) is None
    assert p.payout_status.text() == "0 payouts"
    assert p.fig_holdings.value.text() == formatting.btc(0)
    assert p.payout_add.isEnabled() and not p.payout_export.isEnabled()
    p.set_profile(None)
    assert p.fig_holdings.value.text() == "—"
    assert not p.payout_add.isEnabled()
    p.add_item()  # nothing happens without a profile


# ------------------------------------------------------------------------------------------- writing


def test_add_payout(page, qtbot, dialogs):
    before = payout_count(page.db)
    dialogs.fill[PayoutDialog] = fill_payout("0,5", NEW_TXID.upper(), day=dt.date(2026, 3, 22))
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.add_item()
    assert dialogs[-1].result() == QDialog.DialogCode.Accepted
    assert payout_count(page.db) == before + 1
    row = sql(page.db, "SELECT amount_sat, txid, pool FROM payout WHERE txid=?", NEW_TXID)
    assert row == (50_000_000, NEW_TXID, "ViaBTC")
    shown = page.selected_payouts()
    assert len(shown) == 1 and shown[0].txid == NEW_TXID
    assert page.holdings_sat == holdings_sql(page.db, COMPANY)


@pytest.mark.parametrize("amount", ["0.000000001", "abc", "", "-1", "0"])
def test_bad_amount_is_refused(page, qtbot, dialogs, amount):
    before = payout_count(page.db)
    dialogs.fill[PayoutDialog] = fill_payout(amount)
    with qtbot.assertNotEmitted(page.data_changed):
        page.add_payout()
    dialog = dialogs[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert dialog.focusWidget() in (dialog.amount, None)
    assert payout_count(page.db) == before


def test_duplicate_txid_is_refused(page, dialogs):
    existing = page.payouts_model.row_at(3).payout.txid
    before = payout_count(page.db)
    dialogs.fill[PayoutDialog] = fill_payout(txid=existing)
    page.add_payout()
    dialog = dialogs[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "transaction id" in dialog.error.text()
    assert payout_count(page.db) == before


def test_edit_payout(page, qtbot, dialogs):
    page.tabs.setCurrentIndex(0)
    page.payouts_view.selectRow(2)
    target = page.selected_payouts()[0]

    def fill(d: PayoutDialog):
        assert d.txid.text() == (target.txid or "")
        assert parse_btc(d.amount.text()) == target.amount_sat
        d.amount.setText("0.02")

    dialogs.fill[PayoutDialog] = fill
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.edit_item()
    assert sql(page.db, "SELECT amount_sat FROM payout WHERE id=?", target.id)[0] == 2_000_000
    assert page.selected_payouts()[0].amount_sat == 2_000_000


def test_delete_payouts_asks_first(page, qtbot, monkeypatch):
    page.tabs.setCurrentIndex(0)
    page.payouts_view.selectRow(0)
    page.payouts_view.selectionModel().select(
        page.payouts_model.index(1, 0),
        page.payouts_view.selectionModel().SelectionFlag.Select
        | page.payouts_view.selectionModel().SelectionFlag.Rows)
    ids = [p.id for p in page.selected_payouts()]
    assert len(ids) == 2
    before = payout_count(page.db)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or False)
    page.delete_items()
    assert payout_count(page.db) == before
    assert "2" in asked[0]
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.delete_items()
    assert payout_count(page.db) == before - 2
    assert sql(page.db, "SELECT count(*) FROM payout WHERE id IN (?, ?)", *ids)[0] == 0


def test_deleting_payouts_already_sold_is_refused(page, monkeypatch):
    # every payout of the company: the BTC they brought were partly sold, so the service refuses
    page.payouts_view.selectAll()
    errors = []
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    before = payout_count(page.db)
    page.delete_payouts()
    assert errors and payout_count(page.db) == before


def test_sale_larger_than_holdings_is_refused(page, dialogs):
    page.tabs.setCurrentIndex(1)
    before = disposal_count(page.db)

    def fill(d: DisposalDialog):
        d.day.setDate(QDate(2026, 3, 22))
        d.kind.setCurrentIndex(d.kind.findData("sale"))
        d.amount.setText("1000")
        d.fiat.setText("1 000 000,50")
        d.currency.setCurrentIndex(d.currency.findData("RUB"))

    dialogs.fill[DisposalDialog] = fill
    page.add_item()
    dialog = dialogs[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "holds" in dialog.error.text()
    assert disposal_count(page.db) == before


def test_add_edit_delete_disposal(page, qtbot, dialogs, monkeypatch):
    page.tabs.setCurrentIndex(1)
    before = disposal_count(page.db)

    def fill(d: DisposalDialog):
        assert d.fiat.isVisibleTo(d)  # a sale by default
        d.kind.setCurrentIndex(d.kind.findData("transfer"))
        assert not d.fiat.isVisibleTo(d) and not d.currency.isVisibleTo(d)
        d.kind.setCurrentIndex(d.kind.findData("sale"))
        d.day.setDate(QDate(2026, 3, 22))
        d.amount.setText("0,1")
        d.fiat.setText("571 340,22")
        d.fee.setText("571.34")
        d.counterparty.setText("Test exchange")
        assert "BTC" in d.held.text()

    dialogs.fill[DisposalDialog] = fill
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.add_item()
    assert disposal_count(page.db) == before + 1
    row = sql(page.db, "SELECT id, kind, amount_sat, fiat_minor, fee_minor FROM disposal "
              "WHERE counterparty='Test exchange'")
    assert row[1:] == ("sale", 10_000_000, 57_134_022, 57_134)
    selected = page.selected_disposals()
    assert [d.id for d in selected] == [row[0]]

    def edit(d: DisposalDialog):
        assert d.counterparty.text() == "Test exchange"
        d.kind.setCurrentIndex(d.kind.findData("transfer"))

    dialogs.fill[DisposalDialog] = edit
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.edit_item()
    assert sql(page.db, "SELECT kind, fiat_minor FROM disposal WHERE id=?", row[0]) == ("transfer", None)

    monkeypatch.setattr(messages, "confirm", lambda *_a: False)
    page.delete_items()
    assert disposal_count(page.db) == before + 1
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.delete_items()
    assert disposal_count(page.db) == before


def test_sale_without_money_received_is_refused(page, dialogs):
    def fill(d: DisposalDialog):
        d.amount.setText("0.01")
        d.fiat.setText("")

    dialogs.fill[DisposalDialog] = fill
    before = disposal_count(page.db)
    page.add_disposal()
    dialog = dialogs[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()
    assert disposal_count(page.db) == before


# ----------------------------------------------------------------------------------- import, export


def test_import_payouts_csv(page, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "pool.csv"
    path.write_text("day,amount_btc,pool,txid\n"
                    f"2026-03-10,0.01,ViaBTC,{'c' * 64}\n"
                    "2026-03-11,\"0,02\",ViaBTC,\n", encoding="utf-8")
    before = payout_count(page.db)
    monkeypatch.setattr(messages, "open_file", lambda *_a, **_k: str(path))
    infos = []
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: infos.append(text))

    def fake_exec(dialog: ImportDialog):
        dialog.start_import()
        qtbot.waitUntil(lambda: dialog.result_counts is not None, timeout=5000)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        page.payout_import.click()
    assert payout_count(page.db) == before + 2
    assert infos and "2" in infos[0]
    assert page.payouts_model.total == before + 2


def test_export_payouts_csv_with_bom(page, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "out" / "payouts.csv"
    path.parent.mkdir()
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: str(path))
    infos = []
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: infos.append(text))
    page.payout_export.click()
    qtbot.waitUntil(lambda: bool(infos), timeout=5000)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == payout_count(page.db) + 1
    assert [p.name for p in path.parent.iterdir()] == ["payouts.csv"]  # no temporary file left


def test_export_disposals_cancelled_by_the_user_writes_nothing(page, monkeypatch, tmp_path):
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: "")
    page.disposal_export.click()
    assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".csv" for p in tmp_path.iterdir())


def test_enter_and_double_click_edit(page, qtbot, dialogs):
    from PySide6.QtCore import Qt

    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.payouts_view.setFocus()
    page.payouts_view.selectRow(0)
    opened = []
    dialogs.fill[PayoutDialog] = lambda d: opened.append(d.txid.text())
    qtbot.keyClick(page.payouts_view, Qt.Key.Key_Return)
    assert opened == [page.payouts_model.row_at(0).payout.txid]
    rect = page.payouts_view.visualRect(page.payouts_model.index(1, 0))
    qtbot.mouseClick(page.payouts_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.payouts_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[1] == page.payouts_model.row_at(1).payout.txid

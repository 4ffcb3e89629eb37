"""The On-chain tab: watch-only addresses, the books against the chain, "Check now" against a local server.

No test reaches the internet: the Esplora base URL points at pytest-httpserver. The /address answers
are SYNTHETIC, in the shape of Esplora's (see tests/test_market.py and tests/fixtures/http/SOURCES.md).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from desktop.core.money import sats_to_btc
from desktop.services import market, net, settings, wallets
from desktop.services.profiles import ProfileData, create_profile
from desktop.store.models import Payout, WalletAddress
from desktop.ui import formatting, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.address_dialog import AddressDialog
from desktop.ui.pages.onchain import MAX_UNMATCHED, OnChainTab

COMPANY = 3  # demo profile with a Taproot watch-only address and ~800 payouts with txids
P2WPKH = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
P2PKH = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
TESTNET = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"


# ---- helpers ----------------------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _no_real_sleep(monkeypatch):
    monkeypatch.setattr(net.CONFIG, "sleep", lambda _s: None)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")
    yield
    net.close_session()


@pytest.fixture
def shown(monkeypatch):
    """Message boxes recorded instead of shown; ``shown.answer`` is what confirm() returns."""
    class Shown(list):
        answer = True

    box = Shown()

    def record(kind):
        def fn(_parent, title, text):
            box.append((kind, title, text))
            return box.answer if kind == "confirm" else None
        return fn

    for kind in ("error", "warning", "info", "confirm"):
        monkeypatch.setattr(messages, kind, record(kind))
    return box


@pytest.fixture
def dialogs(monkeypatch):
    """AddressDialog.exec fills the fields with ``dialogs.fill`` (address, label, network) and presses OK."""
    class Shown(list):
        fill = ("", "", "mainnet")

    box = Shown()

    def fake_exec(self):
        box.append(self)
        address, label, network = box.fill
        self.address.setText(address)
        self.label.setText(label)
        self.set_network(network)
        self.accept()
        return self.result()

    monkeypatch.setattr(AddressDialog, "exec", fake_exec)
    return box


@pytest.fixture
def empty_tab(qtbot, db):
    make_app()
    pid = create_profile(db, ProfileData(name="Solo miner")).id
    tab = OnChainTab(db)
    qtbot.addWidget(tab)
    tab.set_profile(pid)
    return tab


@pytest.fixture
def tab(qtbot, demo_db):
    make_app()
    t = OnChainTab(demo_db)
    qtbot.addWidget(t)
    t.set_profile(COMPANY)
    return t


def addresses(db, pid) -> list[str]:
    return [r.address for r in wallets.list_addresses(db, pid)]


def table_texts(tab: OnChainTab) -> list[list[str]]:
    m = tab.proxy
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists())


# ---- adding and removing ----------------------------------------------------------------------------------
def test_add_valid_addresses(empty_tab, dialogs, qtbot):
    db, pid = empty_tab.db, empty_tab.profile_id
    assert empty_tab.fig_chain.detail.text() == "no watch-only addresses"
    assert not empty_tab.check_button.isEnabled()
    for address, label in ((P2WPKH, "ViaBTC"), (P2PKH, "")):
        dialogs.fill = (f"  {address}\n", label, "mainnet")  # pasted with surrounding whitespace
        with qtbot.waitSignal(empty_tab.data_changed, timeout=1000):
            empty_tab.add_button.click()
        assert dialogs[-1].result() == AddressDialog.DialogCode.Accepted
    assert addresses(db, pid) == [P2WPKH, P2PKH]
    rows = {r[0]: r for r in table_texts(empty_tab)}
    assert rows[P2WPKH][1:4] == ["ViaBTC", "Native SegWit (P2WPKH)", "Mainnet"]
    assert rows[P2PKH][2:4] == ["Legacy (P2PKH)", "Mainnet"]
    assert rows[P2PKH][4:7] == ["—", "never", "—"]
    assert empty_tab.fig_chain.detail.text() == "never checked"
    assert empty_tab.selected_addresses()[0].address == P2PKH  # the new one is selected


def test_typo_is_refused_in_the_dialog(empty_tab, dialogs):
    typo = P2WPKH[:-1] + "p"
    dialogs.fill = (typo, "", "mainnet")
    empty_tab.add_address()
    dialog = dialogs[-1]
    assert dialog.result() == AddressDialog.DialogCode.Rejected  # stayed open
    assert not dialog.error.isHidden()
    assert "checksum is wrong" in dialog.error.text()
    assert dialog.address.text() == typo  # kept for correcting
    assert addresses(empty_tab.db, empty_tab.profile_id) == []


def test_testnet_address_on_mainnet_is_refused(empty_tab, dialogs):
    dialogs.fill = (TESTNET, "", "mainnet")
    empty_tab.add_address()
    assert dialogs[-1].error.text() == "this is a testnet address, expected mainnet"
    assert addresses(empty_tab.db, empty_tab.profile_id) == []
    dialogs.fill = (TESTNET, "faucet", "testnet")  # on the right network it is fine
    empty_tab.add_address()
    assert addresses(empty_tab.db, empty_tab.profile_id) == [TESTNET]
    assert table_texts(empty_tab)[0][3] == "Testnet"


def test_private_key_is_refused_and_never_stored(empty_tab, dialogs):
    QGuiApplication.clipboard().setText(WIF)
    dialogs.fill = (WIF, "my key", "mainnet")
    empty_tab.add_address()
    dialog = dialogs[-1]
    assert dialog.result() == AddressDialog.DialogCode.Rejected
    assert "looks like a private key" in dialog.error.text()
    assert WIF not in dialog.error.text()
    assert dialog.address.text() == ""  # wiped from the field
    assert QGuiApplication.clipboard().text() != WIF
    assert addresses(empty_tab.db, empty_tab.profile_id) == []
    empty_tab.db.close()
    assert WIF.encode() not in file_bytes(Path(empty_tab.db.path))


def test_duplicate_is_refused(tab, dialogs):
    before = addresses(tab.db, COMPANY)
    dialogs.fill = (before[0], "", "mainnet")
    tab.add_address()
    assert dialogs[-1].error.text() == "This address is already in the profile."
    assert addresses(tab.db, COMPANY) == before


def test_remove_asks_first(tab, shown, qtbot):
    address = addresses(tab.db, COMPANY)[0]
    assert not tab.remove_button.isEnabled()
    tab.view.selectRow(0)
    assert tab.remove_button.isEnabled()
    shown.answer = False
    tab.remove_button.click()
    kind, _title, text = shown[-1]
    assert kind == "confirm" and address in text
    assert addresses(tab.db, COMPANY) == [address]
    shown.answer = True
    with qtbot.waitSignal(tab.data_changed, timeout=1000):
        tab.remove_button.click()
    assert addresses(tab.db, COMPANY) == []
    assert tab.proxy.rowCount() == 0
    assert tab.fig_chain.detail.text() == "no watch-only addresses"


# ---- the summary ------------------------------------------------------------------------------------------
def test_summary_before_any_check(tab):
    check = wallets.holdings_check(tab.db, COMPANY)
    assert tab.fig_books.value.text() == formatting.btc(check.ledger_sat)
    assert tab.fig_chain.value.text() == "—"
    assert tab.fig_chain.detail.text() == "never checked"
    assert tab.fig_diff.value.text() == "—"
    assert tab.warning.isHidden()
    assert table_texts(tab)[0][2] == "Taproot (P2TR)"
    assert str(check.payouts_with_txid) in tab.match_label.text().replace("\u00a0", "").replace(",", "")


# ---- checking online --------------------------------------------------------------------------------------
def test_offline_check_is_disabled_and_sends_nothing(tab, httpserver, shown, qtbot):
    settings.put(tab.db, market.ESPLORA_URL, httpserver.url_for(""))
    tab.refresh()
    assert not tab.check_button.isEnabled()
    assert tab.check_button.toolTip() == "Online data is off (Settings)"
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    tab.check_now()  # even when called directly
    qtbot.wait(100)
    assert tab._task is None
    assert httpserver.log == []
    assert shown == []


def serve_address(server, address: str, funded: int, txs: list[dict], mempool: int = 0) -> None:
    # SYNTHETIC: Esplora's /address and /address/:addr/txs shapes
    server.expect_request(f"/address/{address}").respond_with_json({
        "address": address,
        "chain_stats": {"funded_txo_count": len(txs), "funded_txo_sum": funded, "spent_txo_count": 0,
                        "spent_txo_sum": 0, "tx_count": len(txs)},
        "mempool_stats": {"funded_txo_count": 0, "funded_txo_sum": mempool, "spent_txo_count": 0,
                          "spent_txo_sum": 0, "tx_count": 0},
    })
    server.expect_request(f"/address/{address}/txs").respond_with_json(txs)


def payout_tx(txid: str, address: str, value: int) -> dict:
    return {
        "txid": txid, "version": 2, "locktime": 0,
        "vin": [{"txid": "11" * 32, "vout": 0, "is_coinbase": False,
                 "prevout": {"scriptpubkey_address": "bc1qpoolpayoutsxxxxxxxxxxxxxxxxxxxxxx", "value": value + 5000}}],
        "vout": [{"scriptpubkey_address": address, "value": value},
                 {"scriptpubkey_address": P2PKH, "value": 4000}],
        "status": {"confirmed": True, "block_height": 840000, "block_time": 1713571767},
    }


@pytest.fixture
def online(tab, httpserver):
    settings.put(tab.db, market.ESPLORA_URL, httpserver.url_for(""))
    settings.put(tab.db, settings.ONLINE_ALLOWED, True)
    tab.refresh()
    return httpserver


def company_payout(db) -> tuple[str, int]:
    with db.sessions() as s:
        p = s.scalars(select(Payout).where(Payout.profile_id == COMPANY, Payout.txid.is_not(None))
                      .order_by(Payout.day.desc())).first()
        return p.txid, p.amount_sat


def run_check(tab, qtbot) -> None:
    assert tab.check_button.isEnabled()
    tab.check_button.click()
    assert tab._checking and not tab.check_button.isEnabled()
    qtbot.waitUntil(lambda: not tab._checking, timeout=10_000)


def test_check_now_shows_balance_difference_and_match(tab, online, shown, qtbot):
    address = addresses(tab.db, COMPANY)[0]
    txid, amount = company_payout(tab.db)
    balance = 123_456_789
    serve_address(online, address, balance, [payout_tx(txid, address, amount)])
    ledger = wallets.holdings_check(tab.db, COMPANY).ledger_sat
    assert ledger != balance
    with qtbot.waitSignal(tab.data_changed, timeout=10_000):
        run_check(tab, qtbot)
    assert shown == []
    assert tab.fig_chain.value.text() == formatting.btc(balance)
    assert tab.fig_chain.detail.text().startswith("checked ")
    assert tab.fig_diff.value.text() == "⚠ " + formatting.btc(balance - ledger)
    assert not tab.warning.isHidden()
    assert tab.warning.text().startswith(
        f"⚠ The books and the chain differ by {formatting.btc(ledger - balance)}: a payout or sale may be missing")
    check = wallets.holdings_check(tab.db, COMPANY)
    assert (check.payouts_matched, check.flagged) == (1, True)
    assert tab.match_label.text().startswith("1 of ")
    assert "payouts with a txid were found on-chain" in tab.match_label.text()
    assert txid not in tab.match_label.toolTip()
    assert tab.match_label.toolTip().count("\n") >= MAX_UNMATCHED
    listed = tab.unmatched_list.toPlainText().splitlines()
    assert len(listed) == MAX_UNMATCHED + 1 and listed[-1].startswith("… and ")
    tab.unmatched_button.click()
    assert not tab.unmatched_list.isHidden()
    row = table_texts(tab)[0]
    assert row[4] == formatting.number(sats_to_btc(balance), 8)
    assert row[6] == "1"
    assert [e[0].path for e in online.log] == [f"/address/{address}", f"/address/{address}/txs"]


def test_books_and_chain_agree(tab, online, shown, qtbot):
    address = addresses(tab.db, COMPANY)[0]
    ledger = wallets.holdings_check(tab.db, COMPANY).ledger_sat
    serve_address(online, address, ledger - 1000, [], mempool=1000)  # unconfirmed counts too
    run_check(tab, qtbot)
    assert tab.fig_diff.value.text().startswith("✓ ")
    assert tab.fig_diff.detail.text() == "the books and the chain agree"
    assert tab.warning.isHidden()
    assert tab.match_label.text().startswith("0 of ")


def test_server_error_warns_and_keeps_the_old_figures(tab, online, shown, qtbot):
    address = addresses(tab.db, COMPANY)[0]
    with tab.db.session() as s:  # an earlier check
        a = s.scalar(select(WalletAddress).where(WalletAddress.address == address))
        a.onchain_balance_sat = 5_000_000
        a.checked_at = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    tab.refresh()
    before = (tab.fig_chain.value.text(), tab.fig_chain.detail.text(), tab.fig_diff.value.text())
    online.expect_request(f"/address/{address}").respond_with_data("oops", status=500, content_type="text/plain")
    run_check(tab, qtbot)
    assert [k for k, _t, _x in shown] == ["warning"]
    assert "HTTP 500" in shown[0][2]
    assert "figures shown are those of the last check" in shown[0][2]
    assert (tab.fig_chain.value.text(), tab.fig_chain.detail.text(), tab.fig_diff.value.text()) == before
    assert tab.fig_chain.value.text() == formatting.btc(5_000_000)
    assert tab.check_button.isEnabled()  # can try again


def test_a_rejected_address_is_listed_the_others_checked(tab, online, shown, qtbot):
    good = addresses(tab.db, COMPANY)[0]
    wallets.add_address(tab.db, COMPANY, P2WPKH, "old wallet")
    tab.refresh()
    serve_address(online, good, 42_000, [])
    online.expect_request(f"/address/{P2WPKH}").respond_with_data("Invalid Bitcoin address", status=400,
                                                                   content_type="text/plain")
    run_check(tab, qtbot)
    assert [k for k, _t, _x in shown] == ["warning"]
    _kind, title, text = shown[0]
    assert title == "Some addresses were not checked"
    assert "1 of 2" in text and P2WPKH in text and "Invalid Bitcoin address" in text
    check = wallets.holdings_check(tab.db, COMPANY)
    assert (check.onchain_sat, check.unchecked) == (42_000, 1)
    assert "not checked yet: 1" in tab.fig_chain.detail.text()
    assert "never checked (1)" in tab.warning.text()


def test_esplora_source_off_disables_the_check(tab, online):
    settings.put(tab.db, market.ESPLORA_ENABLED, False)
    tab.refresh()
    assert not tab.check_button.isEnabled()
    assert "Esplora" in tab.check_button.toolTip()


def test_no_profile(qtbot, db):
    make_app()
    t = OnChainTab(db)
    qtbot.addWidget(t)
    t.set_profile(None)
    assert not t.add_button.isEnabled() and not t.check_button.isEnabled()
    assert t.proxy.rowCount() == 0


def test_database_never_holds_the_key_even_via_sqlite(empty_tab, dialogs):
    """Belt and braces: no column of any table holds the refused key after the attempt."""
    dialogs.fill = (WIF, "", "mainnet")
    empty_tab.add_address()
    con = sqlite3.connect(empty_tab.db.path)
    try:
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            for row in con.execute(f'SELECT * FROM "{table}"'):
                assert WIF not in " ".join(str(v) for v in row)
    finally:
        con.close()


def test_cancel_gives_the_button_back(tab, online, monkeypatch, qtbot):
    started = []

    def slow(db, pid, progress=None):
        started.append(pid)
        while True:  # until Cancel: progress() raises workers.Cancelled
            progress(0, "")
            time.sleep(0.01)

    monkeypatch.setattr(market, "check_profile_addresses", slow)
    tab.check_button.click()
    qtbot.waitUntil(lambda: started == [COMPANY], timeout=5000)
    assert not tab.check_button.isEnabled()
    tab._task.progress.cancel()
    qtbot.waitUntil(lambda: not tab._checking, timeout=5000)
    assert tab.check_button.isEnabled()
    assert online.log == []


def tab_chain(start, n: int) -> list:
    """The next ``n`` widgets Tab moves to from ``start``."""
    out, w = [], start
    while len(out) < n:
        w = w.nextInFocusChain()
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and not w.isHidden():
            out.append(w)
    return out


def test_keyboard(tab, qtbot):
    assert [b.text() for b in (tab.add_button, tab.remove_button, tab.check_button)] == [
        "&Add address…", "Remo&ve…", "Chec&k now"]
    tab.view.selectRow(0)
    assert tab_chain(tab.add_button, 2) == [tab.remove_button, tab.view]  # Check now is disabled (offline)
    dialog = AddressDialog(lambda *a: 1, tab)
    qtbot.addWidget(dialog)
    assert tab_chain(dialog.address, 3) == [dialog.label, dialog.network, dialog.buttons.buttons()[0]]

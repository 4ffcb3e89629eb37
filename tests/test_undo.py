"""Undo and redo of the records: the change recorder and its apply on real SQLite files, then the pages.

Store level: every service write is captured (ORM writes, bulk CSV inserts, ON DELETE CASCADE / SET NULL
of the schema), undo gives back the database byte for byte (full table dumps through a separate sqlite3
connection), redo the state after the write, and a change made since refuses the whole apply.
UI level: the Equipment, Energy (with its sites) and Mining & holdings pages in a real main window,
Records ▸ Undo / Redo with their texts and enabled state.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from desktop.services import csv_io, profiles
from desktop.services import records as r
from desktop.services.records import (
    DisposalData,
    EnergyData,
    EquipmentData,
    PayoutData,
    RecordError,
    SiteData,
)
from desktop.store import changes
from desktop.store.changes import ChangeConflict
from desktop.store.db import open_database
from desktop.ui import formatting, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.disposal_dialog import DisposalDialog
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.payout_dialog import PayoutDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.table_model import ROW_ROLE

TODAY = dt.date(2026, 3, 22)
READINGS, COMPANY = 1, 3  # demo profiles: 1 meter readings at one site, 3 the company (200 machines)


def full_dump(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table, as stored, read through a connection of its own."""
    con = sqlite3.connect(path)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name") if n not in skip]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        con.close()


@pytest.fixture
def farm(db):
    pid = profiles.create_profile(db, profiles.ProfileData(name="Test farm")).id
    site = r.add_site(db, pid, SiteData(name="Garage", tariff="5,48"))
    return db, pid, site


def unit(serial: str = "S21-0001", **kw) -> EquipmentData:
    values = dict(model="Antminer S21", serial=serial, hashrate_ths="200", power_w=3500, vendor="Bitmain",
                  purchase_date=dt.date(2025, 1, 10), price_minor=35_000_000)
    values.update(kw)
    return EquipmentData(**values)


def check_round_trip(db, fn, *args, **kwargs):
    """Run a write recorded; undo restores the file's rows exactly, redo makes them as after the write."""
    before = full_dump(db.path)
    result, recorded = changes.capture(db, fn, *args, **kwargs)
    after = full_dump(db.path)
    assert recorded and after != before
    changes.apply_undo(db, recorded)
    assert full_dump(db.path) == before
    changes.apply_redo(db, recorded)
    assert full_dump(db.path) == after
    return result, recorded


# ==================================================================================== store: recording


def test_add_several_units_edit_and_status(farm):
    db, pid, site = farm
    ids, recorded = check_round_trip(db, r.add_units, db, pid, unit(site_id=site), ["A-1", "A-2", "A-3"], TODAY)
    assert len(ids) == 3 and recorded.count("equipment", "insert") == 3 and len(recorded) == 3
    assert sorted(k for (k,) in (c.key for c in recorded.rows)) == sorted(ids)  # the same primary keys
    _, recorded = check_round_trip(db, r.edit_equipment, db, ids[0], unit("A-1b", status="repair"), TODAY)
    assert recorded.count("equipment", "update") == 1
    row = recorded.row_dict(recorded.rows[0], "before")
    assert row["serial"] == "A-1" and recorded.row_dict(recorded.rows[0])["serial"] == "A-1b"
    _, recorded = check_round_trip(db, r.set_status, db, pid, ids, "sold", TODAY, TODAY)
    assert recorded.count("equipment", "update") == 3
    check_round_trip(db, r.delete_equipment, db, pid, ids[:2])


def test_a_site_deleted_with_its_energy_comes_back_with_it(demo_db):
    """ON DELETE CASCADE (energy records) and SET NULL (machines) of the schema are captured and undone."""
    db = demo_db
    site = r.list_sites(db, READINGS)[0]
    energy = len(r.list_energy(db, READINGS))
    machines = sum(1 for u in r.list_equipment(db, READINGS) if u.site_id == site.id)
    assert energy and machines
    _, recorded = check_round_trip(db, r.delete_sites, db, READINGS, [site.id], with_energy=True)
    assert recorded.count("site", "delete") == 1
    assert recorded.count("energy_record", "delete") == energy
    assert recorded.count("equipment", "update") == machines
    changes.apply_undo(db, recorded)
    assert r.list_sites(db, READINGS) == [site]
    assert len(r.list_energy(db, READINGS)) == energy


def test_sites_energy_payouts_and_disposals(farm):
    db, pid, site = farm
    check_round_trip(db, r.add_site, db, pid, SiteData(name="Hoster", tariff="4.1", tariff_night="2", night_share="0.4"))
    check_round_trip(db, r.edit_site, db, site, SiteData(name="Garage 2", tariff="6"))
    first = r.add_energy(db, pid, EnergyData(site, "reading", dt.date(2026, 1, 1), meter_kwh="100.5"), TODAY)
    rid, _ = check_round_trip(db, r.add_energy, db, pid,
                              EnergyData(site, "reading", dt.date(2026, 2, 1), meter_kwh="900.25"), TODAY)
    check_round_trip(db, r.edit_energy, db, rid,
                     EnergyData(site, "reading", dt.date(2026, 2, 2), meter_kwh="901", notes="fixed"), TODAY)
    check_round_trip(db, r.delete_energy, db, pid, [first, rid])
    p1, _ = check_round_trip(db, r.add_payout, db, pid, PayoutData(dt.date(2026, 1, 5), 50_000_000, "ViaBTC"), TODAY)
    check_round_trip(db, r.edit_payout, db, p1, PayoutData(dt.date(2026, 1, 6), 60_000_000, "F2Pool", "ab" * 32), TODAY)
    d1, _ = check_round_trip(db, r.add_disposal, db, pid,
                             DisposalData(dt.date(2026, 2, 1), "sale", 10_000_000, 60_000_000, 60_000), TODAY)
    check_round_trip(db, r.edit_disposal, db, d1, DisposalData(dt.date(2026, 2, 1), "transfer", 10_000_000), TODAY)
    check_round_trip(db, r.delete_disposals, db, pid, [d1])
    check_round_trip(db, r.delete_payouts, db, pid, [p1])


def test_a_csv_import_is_one_change(farm, tmp_path):
    """Bulk Core inserts are captured; the remembered column mapping (a setting) is not part of the books."""
    db, pid, _ = farm
    path = tmp_path / "pool.csv"
    path.write_text("day;amount_btc;pool\n" + "".join(f"2026-01-{d:02d};0,0{d};ViaBTC\n" for d in range(1, 29)),
                    encoding="utf-8")
    before = full_dump(db.path)
    result, recorded = changes.capture(db, csv_io.import_csv, db, pid, "payouts", path, mapping={})
    assert result.added == 28 and recorded.count("payout", "insert") == 28 and recorded.tables() == {"payout"}
    after = full_dump(db.path)
    changes.apply_undo(db, recorded)
    undone = full_dump(db.path)
    assert undone["setting"] == after["setting"] != before["setting"]  # the mapping stays remembered
    assert {k: v for k, v in undone.items() if k != "setting"} == {k: v for k, v in before.items() if k != "setting"}
    changes.apply_redo(db, recorded)
    assert full_dump(db.path) == after


def test_a_refused_write_records_nothing_and_several_writes_make_one_change(farm):
    db, pid, site = farm
    r.add_units(db, pid, unit("TAKEN"), ["TAKEN"], TODAY)
    with changes.recording(db) as rec, pytest.raises(RecordError):
        r.add_units(db, pid, unit("X"), ["X-1", "TAKEN"], TODAY)
    assert not rec.changes

    def two_steps():
        pay = r.add_payout(db, pid, PayoutData(dt.date(2026, 1, 5), 1_000, "A"), TODAY)
        r.edit_payout(db, pay, PayoutData(dt.date(2026, 1, 5), 2_000, "B"), TODAY)
        r.add_payout(db, pid, PayoutData(dt.date(2026, 1, 6), 3_000, "C"), TODAY)

    before = full_dump(db.path)
    _, recorded = changes.capture(db, two_steps)
    assert recorded.count("payout", "insert") == 2 and len(recorded) == 2  # the edit is folded into the insert
    assert sorted(recorded.row_dict(c)["amount_sat"] for c in recorded.rows) == [2_000, 3_000]
    changes.apply_undo(db, recorded)
    assert full_dump(db.path) == before


def test_a_savepoint_rolled_back_is_not_recorded(farm):
    from desktop.store.models import Payout

    db, pid, _ = farm

    def write():
        with db.session() as s:
            s.add(Payout(profile_id=pid, day=dt.date(2026, 1, 1), amount_sat=5, pool="kept"))
            nested = s.begin_nested()
            s.add(Payout(profile_id=pid, day=dt.date(2026, 1, 2), amount_sat=7, pool="dropped"))
            s.flush()
            nested.rollback()

    _, recorded = changes.capture(db, write)
    assert [recorded.row_dict(c)["pool"] for c in recorded.rows] == ["kept"]


def test_only_this_thread_and_this_database_are_recorded(farm, tmp_path):
    db, pid, site = farm
    other = open_database(tmp_path / "other.sqlite3")
    try:
        other_pid = profiles.create_profile(other, profiles.ProfileData(name="Other")).id

        def elsewhere():
            r.add_payout(db, pid, PayoutData(dt.date(2026, 1, 1), 11, "thread"), TODAY)

        with changes.recording(db) as rec:
            worker = threading.Thread(target=elsewhere)
            worker.start()
            worker.join()
            r.add_payout(other, other_pid, PayoutData(dt.date(2026, 1, 1), 12, "other file"), TODAY)
            r.add_payout(db, pid, PayoutData(dt.date(2026, 1, 1), 13, "mine"), TODAY)
        assert [rec.changes.row_dict(c)["pool"] for c in rec.changes.rows] == ["mine"]
    finally:
        other.close()


# ==================================================================================== store: refusing


def test_undo_of_a_row_changed_since_is_refused_and_writes_nothing(farm):
    db, pid, _ = farm
    pay = r.add_payout(db, pid, PayoutData(dt.date(2026, 1, 5), 1_000, "A"), TODAY)
    kept = r.add_payout(db, pid, PayoutData(dt.date(2026, 1, 6), 2_000, "B"), TODAY)
    _, edit = changes.capture(db, r.edit_payout, db, pay, PayoutData(dt.date(2026, 1, 7), 3_000, "C"), TODAY)
    _, both = changes.capture(db, r.edit_payout, db, kept, PayoutData(dt.date(2026, 1, 6), 2_500, "B"), TODAY)
    r.edit_payout(db, pay, PayoutData(dt.date(2026, 1, 8), 4_000, "D"), TODAY)  # elsewhere, not recorded
    both = both.then(edit)  # a change of two rows, one of them changed since: nothing of it is written
    snapshot = full_dump(db.path)
    for change in (edit, both):
        with pytest.raises(ChangeConflict) as exc:
            changes.apply_undo(db, change)
        assert (exc.value.table, exc.value.key) == ("payout", (pay,))
        assert full_dump(db.path) == snapshot
    with pytest.raises(ChangeConflict):
        changes.apply_redo(db, edit)  # not undone, and its "before" is not there either
    assert full_dump(db.path) == snapshot


def test_a_cascade_reaching_a_row_added_since_refuses_the_undo(farm):
    """Undoing "add site" would delete, by ON DELETE CASCADE, an energy record added since: refused."""
    db, pid, _ = farm
    new_site, recorded = changes.capture(db, r.add_site, db, pid, SiteData(name="Shed", tariff="5"))
    r.add_energy(db, pid, EnergyData(new_site, "reading", dt.date(2026, 1, 1), meter_kwh="10"), TODAY)
    snapshot = full_dump(db.path)
    with pytest.raises(ChangeConflict) as exc:
        changes.apply_undo(db, recorded)
    assert exc.value.table == "energy_record"
    assert full_dump(db.path) == snapshot


def test_redo_over_a_reused_id_is_refused(farm):
    db, pid, _ = farm
    pay, recorded = changes.capture(db, r.add_payout, db, pid, PayoutData(dt.date(2026, 1, 5), 1_000, "A"), TODAY)
    changes.apply_undo(db, recorded)
    again = r.add_payout(db, pid, PayoutData(dt.date(2026, 1, 9), 9_000, "Z"), TODAY)
    assert again == pay  # SQLite hands out the free id again
    snapshot = full_dump(db.path)
    with pytest.raises(ChangeConflict):
        changes.apply_redo(db, recorded)
    assert full_dump(db.path) == snapshot


def test_never_applied_to_another_profile_with_the_same_id(db):
    first = profiles.create_profile(db, profiles.ProfileData(name="First")).id
    pay = r.add_payout(db, first, PayoutData(dt.date(2026, 1, 5), 1_000, "A"), TODAY)
    _, recorded = changes.capture(db, r.delete_payouts, db, first, [pay])
    assert [g.table for g in recorded.guards] == ["profile"]
    profiles.delete_profile(db, first)
    second = profiles.create_profile(db, profiles.ProfileData(name="Second")).id
    assert second == first  # the id is free again
    snapshot = full_dump(db.path)
    with pytest.raises(ChangeConflict) as exc:
        changes.apply_undo(db, recorded)  # would put First's payout into Second's books
    assert exc.value.table == "profile"
    assert full_dump(db.path) == snapshot


# ============================================================================================ the UI


@pytest.fixture
def window(qtbot, demo_db, monkeypatch):
    make_app()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    w.profile_combo.setCurrentIndex(w.profile_combo.findData(COMPANY))
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(messages, "info", lambda *_a: None)
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    w.errors = errors
    return w


def serials_shown(page) -> list[str]:
    return sorted(page.proxy.index(n, 0).data(ROW_ROLE).unit.serial for n in range(page.proxy.rowCount()))


def test_undo_actions_follow_the_profile_and_name_the_step(window, monkeypatch):
    w = window
    w.show_page("equipment")
    page = w.pages["equipment"]
    assert w.act_undo.text() == "Undo" and not w.act_undo.isEnabled() and not w.act_redo.isEnabled()
    records_menu = w.menuBar().actions()[1].menu()
    assert records_menu.title() == "&Records" and records_menu.actions()[:2] == [w.act_undo, w.act_redo]

    def fake_exec(self):
        self.model.setText("Antminer S19")
        self.hashrate.setText("95")
        self.power.setText("3250")
        self.serials.setPlainText("U-1\nU-2\nU-3")
        self.accept()
        return self.result()

    monkeypatch.setattr(EquipmentDialog, "exec", fake_exec)
    page.add_several()
    assert w.act_undo.isEnabled() and w.act_undo.text() == "Undo Add 3 machines"
    # another profile has a history of its own (empty); the company's comes back with it
    w.profile_combo.setCurrentIndex(w.profile_combo.findData(READINGS))
    assert not w.act_undo.isEnabled() and w.act_undo.text() == "Undo"
    w.profile_combo.setCurrentIndex(w.profile_combo.findData(COMPANY))
    assert w.act_undo.text() == "Undo Add 3 machines"
    w.act_undo.trigger()
    assert w.act_redo.isEnabled() and w.act_redo.text() == "Redo Add 3 machines"
    assert not w.act_undo.isEnabled()
    # a language switch rebuilds the window but keeps the history (the database has not changed)
    w.act_redo.trigger()
    settings = w.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("ru"))
    settings = w.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert w.act_undo.isEnabled() and w.act_undo.text() == "Undo Add 3 machines"
    assert not w.act_redo.isEnabled()


def test_equipment_page_add_edit_status_delete_undo_redo(window, qtbot, monkeypatch):
    w = window
    w.show_page("equipment")
    page = w.pages["equipment"]
    start = full_dump(w.db.path)
    shown = serials_shown(page)

    def fake_exec(self):
        if self.several:
            self.model.setText("Antminer S19")
            self.hashrate.setText("95")
            self.power.setText("3250")
            self.serials.setPlainText("N-1\nN-2")
        else:
            self.notes.setPlainText("edited")
        self.accept()
        return self.result()

    monkeypatch.setattr(EquipmentDialog, "exec", fake_exec)
    page.add_several()
    added = full_dump(w.db.path)
    assert page.proxy.rowCount() == len(shown) + 2
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and serials_shown(page) == shown
    w.act_redo.trigger()
    assert full_dump(w.db.path) == added and page.proxy.rowCount() == len(shown) + 2

    page.table.selectRow(0)
    serial = page.selected_units()[0].serial
    page.edit_item()
    assert w.act_undo.text() == f"Undo Edit machine {serial}"
    page.table.selectRow(0)
    page.set_status("repair")
    assert w.act_undo.text() == f"Undo Set machine {serial} to “in repair”"
    page.table.selectAll()
    page.delete_items()
    assert w.act_undo.text() == f"Undo Delete {len(shown) + 2} machines" and page.proxy.rowCount() == 0
    for _ in range(3):
        w.act_undo.trigger()
    assert full_dump(w.db.path) == added and page.proxy.rowCount() == len(shown) + 2
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and serials_shown(page) == shown
    assert not w.act_undo.isEnabled() and not w.errors


def test_equipment_csv_import_is_undone_in_one_step(window, qtbot, monkeypatch, tmp_path):
    w = window
    w.show_page("equipment")
    page = w.pages["equipment"]
    src = tmp_path / "fleet.csv"
    src.write_text("model;serial;hashrate_ths;power_w\nAntminer S19;CSV-1;95;3250\nAntminer S19;CSV-2;95;3250\n",
                   encoding="utf-8")
    monkeypatch.setattr(messages, "open_file", lambda *_a, **_k: str(src))

    def fake_exec(dialog):
        dialog.start_import()
        qtbot.waitUntil(lambda: dialog.result_counts is not None, timeout=5000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    start = full_dump(w.db.path, skip=("setting",))
    rows = page.proxy.rowCount()
    page.import_csv()
    assert page.proxy.rowCount() == rows + 2
    assert w.act_undo.text() == "Undo Import fleet.csv"
    w.act_undo.trigger()
    assert full_dump(w.db.path, skip=("setting",)) == start and page.proxy.rowCount() == rows
    w.act_redo.trigger()
    assert page.proxy.rowCount() == rows + 2


def energy_rows(page) -> list:
    return [page.records_proxy.index(n, 0).data(ROW_ROLE) for n in range(page.records_proxy.rowCount())]


def test_energy_page_and_sites_undo_redo(window, qtbot):
    w = window
    w.profile_combo.setCurrentIndex(w.profile_combo.findData(READINGS))
    w.show_page("energy")
    page = w.pages["energy"]
    start = full_dump(w.db.path)
    shown = energy_rows(page)

    dialog = page.add_item()
    dialog.day.setDate(QDate(2026, 3, 21))
    dialog.meter_kwh.setText("999999")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        dialog.accept()
    assert w.act_undo.text() == f"Undo Add meter reading of {formatting.date(dt.date(2026, 3, 21))}"
    assert len(energy_rows(page)) == len(shown) + 1
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and energy_rows(page) == shown

    page.table.selectRow(0)
    page.delete_items()
    assert len(energy_rows(page)) == len(shown) - 1 and w.act_undo.text().startswith("Undo Delete meter reading")
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and energy_rows(page) == shown

    # the sites dialog: a site deleted with its energy records (two questions) comes back with them
    sites = page.open_sites()
    sites.table.selectRow(0)
    sites.delete_sites()
    assert r.list_sites(w.db, READINGS) == [] and energy_rows(page) == []
    sites.accept()
    assert w.act_undo.text().startswith("Undo Delete site “")
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and energy_rows(page) == shown
    assert [s.name for s in r.list_sites(w.db, READINGS)] == [page.site_filter.itemText(1)]
    w.act_redo.trigger()
    assert r.list_sites(w.db, READINGS) == [] and energy_rows(page) == []
    w.act_undo.trigger()

    sites = page.open_sites()
    editor = sites.add_site()
    editor.name.setText("Дача")
    editor.tariff.setText("4,5")
    editor.accept()
    sites.accept()
    assert w.act_undo.text() == "Undo Add site “Дача”"
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and not w.errors


def fill_payout(d: PayoutDialog, amount: str = "0,5") -> None:
    d.day.setDate(QDate(2026, 3, 22))
    d.amount.setText(amount)
    d.pool.setText("ViaBTC")
    d.txid.setText("")


def test_mining_page_payouts_and_disposals_undo_redo(window, qtbot, monkeypatch):
    w = window
    w.show_page("mining")
    page = w.pages["mining"]
    start = full_dump(w.db.path)
    total = page.payouts_model.total
    fills = {}

    def fake_exec(self):
        fills[type(self)](self)
        self.accept()
        return self.result()

    monkeypatch.setattr(PayoutDialog, "exec", fake_exec)
    monkeypatch.setattr(DisposalDialog, "exec", fake_exec)
    fills[PayoutDialog] = fill_payout
    page.add_payout()
    assert w.act_undo.text().startswith("Undo Add payout of 0.5") and page.payouts_model.total == total + 1
    added = full_dump(w.db.path)
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and page.payouts_model.total == total
    w.act_redo.trigger()
    assert full_dump(w.db.path) == added and page.payouts_model.total == total + 1
    w.act_undo.trigger()

    page.tabs.setCurrentIndex(0)
    page.payouts_view.selectRow(0)
    fills[PayoutDialog] = lambda d: d.amount.setText("0,02")
    page.edit_payout()
    assert w.act_undo.text().startswith("Undo Edit payout of ")
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start

    page.payouts_view.selectRow(0)
    page.payouts_view.selectionModel().select(
        page.payouts_model.index(1, 0),
        page.payouts_view.selectionModel().SelectionFlag.Select | page.payouts_view.selectionModel().SelectionFlag.Rows)
    page.delete_payouts()
    assert w.act_undo.text() == "Undo Delete 2 payouts" and page.payouts_model.total == total - 2
    w.act_undo.trigger()
    assert full_dump(w.db.path) == start and page.payouts_model.total == total
    assert w.act_redo.text() == "Redo Delete 2 payouts"

    def sale(d: DisposalDialog):
        d.kind.setCurrentIndex(d.kind.findData("sale"))
        d.day.setDate(QDate(2026, 3, 22))
        d.amount.setText("0,1")
        d.fiat.setText("571 340,22")

    fills[DisposalDialog] = sale
    disposals = page.disposals_model.rowCount()
    page.add_disposal()
    assert w.act_undo.text().startswith("Undo Add sale of 0.1") and page.disposals_model.rowCount() == disposals + 1
    fills[DisposalDialog] = lambda d: d.kind.setCurrentIndex(d.kind.findData("transfer"))
    page.edit_disposal()
    page.delete_disposals()
    assert w.act_undo.text().startswith("Undo Delete sale, transfer or fee of ")
    assert page.disposals_model.rowCount() == disposals
    for _ in range(3):
        w.act_undo.trigger()
    assert full_dump(w.db.path) == start and page.disposals_model.rowCount() == disposals and not w.errors


def test_undo_after_a_conflicting_change_is_refused_with_a_message(window, qtbot, monkeypatch):
    w = window
    w.show_page("mining")
    page = w.pages["mining"]
    page.tabs.setCurrentIndex(0)
    page.payouts_view.selectRow(0)
    target = page.selected_payouts()[0]
    amounts = ["0,02", "0,03"]
    monkeypatch.setattr(PayoutDialog, "exec",
                        lambda self: (self.amount.setText(amounts.pop(0)), self.accept(), self.result())[2])
    page.edit_payout()
    first = w.act_undo.text()
    page.payouts_view.selectRow(0)
    page.edit_payout()  # a second step on the same payout
    assert w.undo.active_stack().count() == 2 and w.act_undo.text() == first
    # meanwhile another window (or the CLI) changes the same payout
    r.edit_payout(w.db, target.id, PayoutData(target.day, 123_456, "elsewhere"), TODAY)
    snapshot = full_dump(w.db.path)
    w.act_undo.trigger()
    qtbot.waitUntil(lambda: bool(w.errors), timeout=2000)
    assert "cannot be undone" in w.errors[0] and "Nothing was changed" in w.errors[0]
    assert full_dump(w.db.path) == snapshot
    # the refused step is gone from the history; the one before it is now refused as well (same row)
    assert w.act_undo.text() == first and w.act_undo.isEnabled()
    w.act_undo.trigger()
    qtbot.waitUntil(lambda: len(w.errors) == 2, timeout=2000)
    assert full_dump(w.db.path) == snapshot and not w.act_undo.isEnabled()


def test_deleting_a_profile_drops_its_history(window, monkeypatch):
    w = window
    w.show_page("mining")
    page = w.pages["mining"]
    page.tabs.setCurrentIndex(0)
    page.payouts_view.selectRow(0)
    page.delete_payouts()
    assert w.act_undo.isEnabled()
    w.delete_profile()
    assert w.undo.stack(COMPANY) is None
    assert w.profile_id != COMPANY and not w.act_undo.isEnabled()


def test_ctrl_z_undoes_from_the_keyboard(window, qtbot):
    w = window
    w.show_page("equipment")
    page = w.pages["equipment"]
    before = page.proxy.rowCount()
    page.table.selectRow(0)
    page.delete_items()
    assert page.proxy.rowCount() == before - 1
    page.table.setFocus()
    assert w.act_undo.shortcut() == QKeySequence("Ctrl+Z")
    qtbot.keySequence(page.table, w.act_undo.shortcut())
    assert page.proxy.rowCount() == before
    qtbot.keySequence(page.table, w.act_redo.shortcut())
    assert page.proxy.rowCount() == before - 1
    qtbot.keyClick(page.table, Qt.Key.Key_Shift)  # no modifier held for what comes next (selections)


def test_every_delete_asks_first(window, monkeypatch):
    """Records ▸ Delete on each records page, and Delete in the sites dialog: a "no" writes nothing."""
    w = window
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or False)
    start = full_dump(w.db.path)

    def select_first(view) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().select(view.model().index(0, 0), flags)

    w.show_page("equipment")
    select_first(w.pages["equipment"].table)
    w.act_delete.trigger()
    w.show_page("mining")
    mining = w.pages["mining"]
    mining.tabs.setCurrentIndex(0)
    select_first(mining.payouts_view)
    w.act_delete.trigger()
    mining.tabs.setCurrentIndex(1)
    select_first(mining.disposals_view)
    w.act_delete.trigger()
    w.show_page("energy")
    energy = w.pages["energy"]
    select_first(energy.table)
    w.act_delete.trigger()
    sites = energy.open_sites()
    select_first(sites.table)
    sites.delete_sites()
    sites.reject()
    assert len(asked) == 5 and full_dump(w.db.path) == start
    assert not w.act_undo.isEnabled()

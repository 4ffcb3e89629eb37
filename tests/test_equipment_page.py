"""The Equipment page with real widgets on real databases."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from desktop.services import records
from desktop.ui import messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.pages.equipment import EquipmentPage

COMPANY = 3  # demo profile ids: 1 individual, 2 sole trader, 3 company


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = EquipmentPage(demo_db)
    qtbot.addWidget(p)
    p.set_profile(COMPANY)
    return p


@pytest.fixture
def empty_page(qtbot, db):
    make_app()
    from desktop.services.profiles import ProfileData, create_profile

    pid = create_profile(db, ProfileData(name="Farm")).id
    records.add_site(db, pid, records.SiteData(name="Shed", tariff=Decimal("5.5")))
    p = EquipmentPage(db)
    qtbot.addWidget(p)
    p.set_profile(pid)
    return p


def test_model_passes_qt_checks(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_demo_fleet_and_totals(page):
    assert page.proxy.rowCount() == 200
    text = page.totals.text()
    # the company runs 197 units in service (one sold, one retired): sold and retired are not totalled
    assert "<b>200</b> shown" in text and "<b>198</b> in service" in text
    con = sqlite3.connect(page.db.path)
    ths, watts = con.execute("SELECT sum(CAST(hashrate_ths AS REAL)), sum(power_w) FROM equipment "
                             "WHERE profile_id=3 AND status NOT IN ('sold','retired')").fetchone()
    con.close()
    assert f"<b>{ths:,.1f}</b> TH/s".replace(",", "\u00a0") in text or f"<b>{ths:,.1f}</b> TH/s" in text
    assert f"{watts / 1000:,.1f}" in text


def test_filters_by_status_site_model_and_text(page):
    page.status_filter.setCurrentIndex(page.status_filter.findData("repair"))
    assert page.proxy.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    page.model_filter.setCurrentIndex(page.model_filter.findData("Antminer S21"))
    assert page.proxy.rowCount() == 20
    page.model_filter.setCurrentIndex(0)
    site = page.site_filter.findText("Площадка Канск")
    page.site_filter.setCurrentIndex(site)
    assert page.proxy.rowCount() == 120
    page.site_filter.setCurrentIndex(0)
    serial = page.model.row_at(5).unit.serial
    page.search.setText(serial)
    assert page.proxy.rowCount() == 1


def test_sorting_by_number_not_text(page):
    page.table.sortByColumn(4, page.table.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    first = page.proxy.index(0, 4).data()
    last = page.proxy.index(page.proxy.rowCount() - 1, 4).data()
    assert first.startswith("200") and last.startswith("100")


def test_add_from_catalogue_validates_and_saves(empty_page, qtbot):
    page = empty_page
    dialog = EquipmentDialog(lambda data, serials: records.add_units(page.db, page.profile_id, data, serials),
                             page._sites, page)
    qtbot.addWidget(dialog)
    index = next(i for i in range(dialog.catalogue.count()) if "Antminer S21 —" in dialog.catalogue.itemText(i))
    dialog.catalogue.setCurrentIndex(index)
    assert dialog.hashrate.text() == "200" and dialog.power.text() == "3500"
    dialog.accept()  # no serial number
    assert not dialog.error.isHidden() and "Serial" in dialog.error.text()
    dialog.serial.setText("S21-0001")
    dialog.hashrate.setText("-5")
    dialog.accept()
    assert "Hashrate" in dialog.error.text()
    dialog.hashrate.setText("195,5")  # decimal comma accepted
    dialog.price.setText("350 000,00")
    with qtbot.assertNotEmitted(page.data_changed):
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    units = records.list_equipment(page.db, page.profile_id)
    assert [(u.serial, u.hashrate_ths, u.price_minor) for u in units] == [("S21-0001", Decimal("195.5"), 35_000_000)]


def test_add_several_all_or_nothing(empty_page, qtbot, monkeypatch):
    page = empty_page
    records.add_units(page.db, page.profile_id,
                      records.EquipmentData(model="S19", serial="X", hashrate_ths="95", power_w=3250), ["TAKEN"])
    results = []

    def fake_exec(self):
        self.model.setText("Antminer S19")
        self.hashrate.setText("95")
        self.power.setText("3250")
        self.serials.setPlainText(self._serials_to_type)
        self.accept()
        results.append(self.error.text())
        return self.result()

    monkeypatch.setattr(EquipmentDialog, "exec", fake_exec)
    EquipmentDialog._serials_to_type = "A1\nA2\nTAKEN\n"
    page.add_several()
    assert "TAKEN" in results[-1]
    assert len(records.list_equipment(page.db, page.profile_id)) == 1  # nothing of the batch was written
    EquipmentDialog._serials_to_type = "A1\nA2\n\nA3"
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.add_several()
    assert page.proxy.rowCount() == 4


def test_edit_changes_status_with_date(page, monkeypatch):
    page.table.selectRow(0)
    unit = page.selected_units()[0]

    def fake_exec(self):
        self.status.setCurrentIndex(self.status.findData("repair"))
        self.accept()
        return self.result()

    monkeypatch.setattr(EquipmentDialog, "exec", fake_exec)
    page.edit_item()
    changed = next(u for u in records.list_equipment(page.db, COMPANY) if u.id == unit.id)
    assert changed.status == "repair" and changed.status_date is not None


def test_set_status_and_delete_with_confirmation(page, monkeypatch):
    page.table.selectRow(0)
    ids = [u.id for u in page.selected_units()]
    assert len(ids) == 1
    page.set_status("standby")
    assert all(u.status == "standby" for u in records.list_equipment(page.db, COMPANY) if u.id in ids)
    page.table.selectRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *a: False)
    page.delete_items()
    assert page.proxy.rowCount() == 200
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    page.delete_items()
    assert page.proxy.rowCount() == 199


def test_import_and_export_round_trip(empty_page, qtbot, tmp_path, monkeypatch):
    page = empty_page
    src = tmp_path / "fleet.csv"
    src.write_text("model;serial;site;status\nAntminer S19j Pro;J-1;Shed;active\nAntminer S19j Pro;J-2;shed;repair\n",
                   encoding="cp1251")
    dialog = ImportDialog(page.db, page.profile_id, "equipment", src, page)
    qtbot.addWidget(dialog)
    assert dialog.combos["serial"].currentData() == "serial"
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.result_counts is not None, timeout=5000)
    assert dialog.result_counts.added == 2
    page.refresh()
    assert page.proxy.rowCount() == 2
    out = tmp_path / "out.csv"
    monkeypatch.setattr(messages, "save_file", lambda *a: str(out))
    shown = []
    monkeypatch.setattr(messages, "info", lambda *a: shown.append(a))
    page.export_csv()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"J-2" in data


def test_bad_import_lists_every_error_and_writes_nothing(empty_page, qtbot, tmp_path):
    page = empty_page
    src = tmp_path / "bad.csv"
    src.write_text("model,serial,hashrate_ths,power_w,site\nS9,B-1,abc,1300,Shed\nS9,B-2,13.5,-5,Shed\n"
                   "S9,B-3,13.5,1300,Nowhere\n", encoding="utf-8")
    dialog = ImportDialog(page.db, page.profile_id, "equipment", src, page)
    qtbot.addWidget(dialog)
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.errors.isHidden(), timeout=5000)
    lines = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert len(lines) == 3
    assert lines[0].startswith("line 2") and "hashrate_ths" in lines[0]
    assert lines[1].startswith("line 3") and "power_w" in lines[1]
    assert lines[2].startswith("line 4") and "Nowhere" in lines[2]
    assert records.list_equipment(page.db, page.profile_id) == []


def test_deleting_a_machine_someone_else_just_changed_is_refused(page, monkeypatch, demo_db):
    """Another instance edits the selected machine after the page showed it: Delete is refused with a message,
    nothing is deleted, and the page shows the machine as it is now."""
    from desktop.store.db import open_database

    page.table.selectRow(0)
    (unit,) = page.selected_units()
    other = open_database(demo_db.path)
    try:
        data = records.EquipmentData(model=unit.model, serial=unit.serial, hashrate_ths=unit.hashrate_ths,
                                     power_w=unit.power_w, site_id=unit.site_id, purchase_date=unit.purchase_date,
                                     price_minor=unit.price_minor, status=unit.status, status_date=unit.status_date,
                                     notes="moved to the other hall")
        records.edit_equipment(other, unit.id, data)
    finally:
        other.close()
    errors = []
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    monkeypatch.setattr(messages, "error", lambda _parent, title, text: errors.append(text))
    page.table.selectRow(0)
    page.delete_items()
    assert len(errors) == 1 and "nothing was deleted" in errors[0]
    assert page.proxy.rowCount() == 200
    assert records.get_equipment(page.db, unit.id).notes == "moved to the other hall"

"""“Changed by someone else” in the edit dialogs: two app instances on one database, real widgets, offscreen.

Instance A is a page (or window) on one ``Database``; instance B is a second ``open_database`` of the same file
(or PostgreSQL database) writing through the services, as another window, advisor or the command line would.
A's edit dialog is filled, B saves the same record, then A presses OK: the ConflictDialog lists what differs and
the user's choice decides — nothing of B's is ever overwritten without it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate

from desktop.services import profiles, records
from desktop.store.db import open_database
from desktop.ui import amount_input
from desktop.ui.app import make_app
from desktop.ui.dialogs import conflict_dialog
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.disposal_dialog import DisposalDialog
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.payout_dialog import PayoutDialog, btc_text
from desktop.ui.dialogs.profile_dialog import ProfileDialog
from desktop.ui.dialogs.sites_dialog import SitesDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.energy import EnergyPage
from desktop.ui.pages.equipment import EquipmentPage
from desktop.ui.pages.mining import MiningPage
from desktop.ui.table_model import ROW_ROLE

TODAY = dt.date.today()


# ---------------------------------------------------------------------------------------------- fixtures


@pytest.fixture
def two(tmp_path):
    """Two "app instances" on one SQLite file: (a, b)."""
    path = tmp_path / "farm.sqlite3"
    a, b = open_database(path), open_database(path)
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def conflicts(monkeypatch):
    """Replace ConflictDialog.exec: note what it shows, then click the button of ``conflicts.answer``."""

    class Shown(list):
        answer = conflict_dialog.CANCEL

    shown = Shown()

    def fake_exec(self):
        shown.append(SimpleNamespace(
            title=self.windowTitle(), heading=self.heading.text(), message=self.message.text(),
            deleted=self.deleted, rows=None if self.deleted else self.rows(),
            buttons=[b.text().replace("&", "") for b in self.buttons.buttons()]))
        button = {conflict_dialog.USE_THEIRS: self.theirs_button, conflict_dialog.KEEP_MINE: self.keep_button,
                  conflict_dialog.CANCEL: self.cancel_button, conflict_dialog.CLOSE: self.close_button}[shown.answer]
        button.click()
        return self.result()

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    return shown


def drive(monkeypatch, dialog_class, script):
    """``dialog_class.exec`` runs ``script(dialog)`` (which types, saves and checks) instead of waiting."""
    def fake_exec(self):
        script(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def farm(db) -> tuple[int, int, int]:
    """A profile with a site and one unit: (profile id, site id, unit id)."""
    pid = profiles.create_profile(db, profiles.ProfileData(name="Farm")).id
    site = records.add_site(db, pid, records.SiteData(name="Shed", tariff=Decimal("5.5")))
    unit = records.add_equipment(db, pid, records.EquipmentData(
        model="Antminer S21", serial="S21-0001", hashrate_ths="200", power_w=3500, site_id=site,
        purchase_date=dt.date(2025, 1, 10), notes="first"))
    return pid, site, unit


def as_data(row, data_class):
    """The editable part of a ``…Row`` as its ``…Data``."""
    return data_class(**{f.name: getattr(row, f.name) for f in dataclasses.fields(data_class)})


def their_edit(db, unit_id: int, **changes) -> records.EquipmentRow:
    """B saves the unit with ``changes``; returns the unit as B left it."""
    data = dataclasses.replace(as_data(records.get_equipment(db, unit_id), records.EquipmentData), **changes)
    records.edit_equipment(db, unit_id, data)
    return records.get_equipment(db, unit_id)


def equipment_page(qtbot, db, pid) -> EquipmentPage:
    make_app()
    page = EquipmentPage(db)
    qtbot.addWidget(page)
    page.set_profile(pid)
    page.table.selectRow(0)
    return page


def page_unit(page: EquipmentPage) -> records.EquipmentRow:
    return page.proxy.index(0, 0).data(ROW_ROLE).unit


# ---------------------------------------------------------------------------------------------- equipment


def test_equipment_conflict_cancel_then_use_their_values(any_location, qtbot, conflicts, monkeypatch):
    """On SQLite and PostgreSQL: two Database objects on one database are two instances of the app."""
    location, password = any_location
    a, b = open_database(location, password=password), open_database(location, password=password)
    try:
        pid, _site, uid = farm(a)
        page = equipment_page(qtbot, a, pid)
        seen = {}

        def script(d: EquipmentDialog):
            assert d.version == records.get_equipment(a, uid).version  # the version the form was filled from
            d.power.setText("3600")
            d.notes.setPlainText("mine")
            theirs = their_edit(b, uid, hashrate_ths=Decimal("210"), notes="theirs")

            conflicts.answer = conflict_dialog.CANCEL
            d.accept()
            assert conflicts[-1].title == "Changed by someone else"
            assert conflicts[-1].rows == [("Hashrate, TH/s", "200", "210"), ("Power, W", "3600", "3500"),
                                          ("Notes", "mine", "theirs")]
            assert d.result() != d.DialogCode.Accepted and not d.error.isHidden()
            assert d.power.text() == "3600" and d.hashrate.text() == "200"  # Cancel: the form as it was
            assert page_unit(page).hashrate_ths == Decimal("210")  # the page shows the unit as it is now
            assert records.get_equipment(a, uid) == theirs  # nothing written

            conflicts.answer = conflict_dialog.USE_THEIRS
            d.accept()  # the same conflict again: the form still has the old version
            assert len(conflicts) == 2
            assert (d.hashrate.text(), d.power.text(), d.notes.toPlainText()) == ("210", "3500", "theirs")
            assert d.version == theirs.version and d.error.isHidden()
            assert records.get_equipment(a, uid) == theirs  # still nothing written: the user reviews first

            d.power.setText("3700")
            d.accept()  # on their version: saved
            assert len(conflicts) == 2 and d.result() == d.DialogCode.Accepted
            seen["theirs"] = theirs

        drive(monkeypatch, EquipmentDialog, script)
        page.edit_item()
        saved = records.get_equipment(b, uid)
        assert (saved.hashrate_ths, saved.power_w, saved.notes) == (Decimal("210"), 3700, "theirs")
        assert saved.version == seen["theirs"].version + 1
        assert page_unit(page).power_w == 3700
    finally:
        a.close()
        b.close()


def test_equipment_keep_mine_overwrites_knowingly(two, qtbot, conflicts, monkeypatch):
    a, b = two
    pid, _site, uid = farm(a)
    page = equipment_page(qtbot, a, pid)
    before = {}

    def script(d: EquipmentDialog):
        d.power.setText("3600")
        before["theirs"] = their_edit(b, uid, hashrate_ths=Decimal("210"), status="repair")
        conflicts.answer = conflict_dialog.KEEP_MINE
        d.accept()

    drive(monkeypatch, EquipmentDialog, script)
    page.edit_item()
    theirs = before["theirs"]
    assert len(conflicts) == 1  # the user saw their values before choosing
    rows = {label: (mine, saved) for label, mine, saved in conflicts[0].rows}
    assert rows["Hashrate, TH/s"] == ("200", "210")
    assert rows["Status"][0].startswith("active since") and rows["Status"][1].startswith("in repair since")
    saved = records.get_equipment(b, uid)
    assert (saved.hashrate_ths, saved.power_w, saved.status) == (Decimal("200"), 3600, "active")
    assert saved.version == theirs.version + 1  # written on their version, as the next one
    assert page_unit(page).power_w == 3600


def test_equipment_cancel_everything_writes_nothing(two, qtbot, conflicts, monkeypatch):
    a, b = two
    pid, _site, uid = farm(a)
    page = equipment_page(qtbot, a, pid)
    theirs = {}

    def script(d: EquipmentDialog):
        d.model.setText("Antminer S21 Pro")
        theirs["row"] = their_edit(b, uid, serial="S21-0002")
        conflicts.answer = conflict_dialog.CANCEL
        d.accept()
        assert conflicts[-1].rows == [("Model", "Antminer S21 Pro", "Antminer S21"),
                                      ("Serial number", "S21-0001", "S21-0002")]
        d.reject()  # the user gives up the edit

    drive(monkeypatch, EquipmentDialog, script)
    page.edit_item()
    assert records.get_equipment(a, uid) == theirs["row"]  # B's change is there, A's never written
    assert page_unit(page).serial == "S21-0002"  # and the page shows it


def test_equipment_deleted_by_someone_else(two, qtbot, conflicts, monkeypatch):
    a, b = two
    pid, _site, uid = farm(a)
    page = equipment_page(qtbot, a, pid)
    results = []

    def script(d: EquipmentDialog):
        d.power.setText("3600")
        records.delete_equipment(b, pid, [uid])
        conflicts.answer = conflict_dialog.CLOSE
        d.accept()
        results.append(d.result())

    drive(monkeypatch, EquipmentDialog, script)
    page.edit_item()
    shown = conflicts[0]
    assert shown.deleted and shown.heading == "Someone else deleted this record."
    assert shown.buttons == ["Close"]  # nothing to choose: there is no record to save to
    assert results == [EquipmentDialog.DialogCode.Rejected]
    assert records.get_equipment(a, uid) is None  # not brought back
    assert page.proxy.rowCount() == 0  # the page shows it gone


def test_add_dialogs_have_no_version(two, qtbot):
    a, _b = two
    pid, _site, _uid = farm(a)
    page = equipment_page(qtbot, a, pid)
    dialog = EquipmentDialog(lambda *_: None, page._sites, page)
    assert dialog.version is None


# --------------------------------------------------------------------------------------- payouts, disposals


@pytest.fixture
def mining(two, qtbot):
    a, b = two
    make_app()
    pid = profiles.create_profile(a, profiles.ProfileData(name="Farm")).id
    payout = records.add_payout(a, pid, records.PayoutData(day=dt.date(2026, 3, 1), amount_sat=1_000_000,
                                                          pool="ViaBTC", address="bc1qfirst"))
    disposal = records.add_disposal(a, pid, records.DisposalData(day=dt.date(2026, 3, 2), kind="transfer",
                                                                amount_sat=200_000, counterparty="cold wallet"))
    page = MiningPage(a)
    qtbot.addWidget(page)
    page.set_profile(pid)
    return SimpleNamespace(a=a, b=b, pid=pid, payout=payout, disposal=disposal, page=page)


def test_payout_conflict_use_their_values_then_save(mining, conflicts, monkeypatch):
    m = mining
    m.page.payouts_view.selectRow(0)
    seen = {}

    def script(d: PayoutDialog):
        d.amount.setText(btc_text(1_500_000))
        row = records.get_payout(m.b, m.payout)
        records.edit_payout(m.b, m.payout, dataclasses.replace(as_data(row, records.PayoutData), pool="F2Pool"))
        seen["theirs"] = records.get_payout(m.b, m.payout)
        conflicts.answer = conflict_dialog.USE_THEIRS
        d.accept()
        assert conflicts[-1].rows == [("Amount, BTC", btc_text(1_500_000), btc_text(1_000_000)),
                                      ("Pool", "ViaBTC", "F2Pool")]
        assert (d.amount.text(), d.pool.text()) == (btc_text(1_000_000), "F2Pool")
        assert d.version == seen["theirs"].version
        d.notes.setPlainText("checked")
        d.accept()
        assert d.result() == d.DialogCode.Accepted

    drive(monkeypatch, PayoutDialog, script)
    m.page.edit_payout()
    saved = records.get_payout(m.a, m.payout)
    assert (saved.amount_sat, saved.pool, saved.notes) == (1_000_000, "F2Pool", "checked")
    assert saved.version == seen["theirs"].version + 1
    assert m.page.selected_payouts()[0].pool == "F2Pool"


def test_payout_deleted_by_someone_else(mining, conflicts, monkeypatch):
    m = mining
    m.page.payouts_view.selectRow(0)

    def script(d: PayoutDialog):
        d.amount.setText(btc_text(1_500_000))
        records.delete_disposals(m.b, m.pid, [m.disposal])  # (the payout pays for it)
        records.delete_payouts(m.b, m.pid, [m.payout])
        conflicts.answer = conflict_dialog.CLOSE
        d.accept()

    drive(monkeypatch, PayoutDialog, script)
    m.page.edit_payout()
    assert conflicts[0].deleted
    assert records.list_payouts(m.a, m.pid) == []
    assert m.page.payouts_model.rowCount() == 0


def test_disposal_conflict_shows_rows_of_another_kind(mining, conflicts, monkeypatch):
    """They made the transfer a sale: the sale's rows (hidden in a transfer's form) are listed too."""
    m = mining
    m.page.tabs.setCurrentIndex(1)
    m.page.disposals_view.selectRow(0)

    def script(d: DisposalDialog):
        d.counterparty.setText("hardware wallet")
        row = records.get_disposal(m.b, m.disposal)
        records.edit_disposal(m.b, m.disposal, dataclasses.replace(
            as_data(row, records.DisposalData), kind="sale", fiat_minor=1_500_000, fiat_currency="RUB"))
        conflicts.answer = conflict_dialog.USE_THEIRS
        d.accept()
        rows = {label: (mine, saved) for label, mine, saved in conflicts[-1].rows}
        assert rows["Kind"] == ("Transfer out", "Sale")
        assert rows["Fiat received"] == ("—", amount_input.edit_text(Decimal(15000)))
        assert rows["Counterparty"] == ("hardware wallet", "cold wallet")
        assert d.kind.currentData() == "sale" and d.fiat.isVisibleTo(d)  # refilled, the sale's rows shown
        d.reject()

    drive(monkeypatch, DisposalDialog, script)
    m.page.edit_disposal()
    assert records.get_disposal(m.a, m.disposal).kind == "sale"


# ------------------------------------------------------------------------------------------- sites, energy


def test_site_conflict_keep_mine(two, qtbot, conflicts):
    a, b = two
    make_app()
    pid, site_id, _uid = farm(a)
    sites = SitesDialog(a, pid)
    qtbot.addWidget(sites)
    sites.table.selectRow(0)
    editor = sites.edit_site()
    assert editor.version == records.get_site(a, site_id).version
    editor.tariff.setText("6")
    row = records.get_site(b, site_id)
    records.edit_site(b, site_id, dataclasses.replace(as_data(row, records.SiteData), name="Barn",
                                                       tariff=Decimal("7")))
    theirs = records.get_site(b, site_id)
    conflicts.answer = conflict_dialog.KEEP_MINE
    with qtbot.waitSignal(sites.sites_changed, timeout=2000):
        editor.accept()
    assert conflicts[0].rows == [("Name", "Shed", "Barn"), ("Tariff per kWh", "6 ₽ per kWh", "7 ₽ per kWh")]
    saved = records.get_site(a, site_id)
    assert (saved.name, saved.tariff, saved.version) == ("Shed", Decimal("6"), theirs.version + 1)
    assert [s.name for s in sites.sites] == ["Shed"]


def test_site_conflict_use_their_values(two, qtbot, conflicts):
    a, b = two
    make_app()
    pid, site_id, _uid = farm(a)
    sites = SitesDialog(a, pid)
    qtbot.addWidget(sites)
    sites.table.selectRow(0)
    editor = sites.edit_site()
    editor.region.setText("Tver Oblast")
    row = records.get_site(b, site_id)
    records.edit_site(b, site_id, dataclasses.replace(as_data(row, records.SiteData), tariff_night=Decimal("2"),
                                                       night_share=Decimal("0.4")))
    conflicts.answer = conflict_dialog.USE_THEIRS
    editor.accept()
    assert conflicts[0].rows == [("Region", "Tver Oblast", "—"), ("Night tariff per kWh", "—", "2 ₽ per kWh"),
                                 ("Night share, % of kWh", "—", "40")]
    assert (editor.region.text(), editor.tariff_night.text(), editor.night_share.text()) == ("", "2", "40")
    assert [s.tariff_night for s in sites.sites] == [Decimal("2")]  # the list shows the site as it is now
    with qtbot.waitSignal(sites.sites_changed, timeout=2000):
        editor.accept()
    assert records.get_site(a, site_id).night_share == Decimal("0.4")


def test_energy_conflict_use_their_values(two, qtbot, conflicts):
    a, b = two
    make_app()
    pid, site_id, _uid = farm(a)
    rid = records.add_energy(a, pid, records.EnergyData(site_id=site_id, kind="reading", day=dt.date(2026, 3, 1),
                                                        meter_kwh=Decimal("1000")))
    page = EnergyPage(a)
    qtbot.addWidget(page)
    page.set_profile(pid)
    page.select_records({rid})
    dialog = page.edit_item()
    dialog.meter_kwh.setText("1100")
    row = records.get_energy(b, rid)
    records.edit_energy(b, rid, dataclasses.replace(as_data(row, records.EnergyData), meter_kwh=Decimal("1050"),
                                                    day=dt.date(2026, 3, 2)))
    conflicts.answer = conflict_dialog.USE_THEIRS
    dialog.accept()
    rows = dict((label, (mine, saved)) for label, mine, saved in conflicts[0].rows)
    assert rows["Meter value, kWh"] == ("1100", "1050")
    assert rows["Reading date"] == (dialog.day.textFromDateTime(QDate(2026, 3, 1).startOfDay()),
                                    dialog.day.textFromDateTime(QDate(2026, 3, 2).startOfDay()))
    assert dialog.meter_kwh.text() == "1050" and dialog.day.date().toPython() == dt.date(2026, 3, 2)
    assert [r.meter_kwh for r in page.rows] == [Decimal("1050")]  # the page reloaded
    dialog.notes.setPlainText("checked")
    dialog.accept()
    assert records.get_energy(a, rid).version == row.version + 2


# ---------------------------------------------------------------------------------------------- profiles


@pytest.fixture
def window(two, qtbot):
    a, b = two
    make_app()
    pid = profiles.create_profile(a, profiles.ProfileData(name="Farm", region="Irkutsk Oblast")).id
    w = MainWindow(a)
    qtbot.addWidget(w)
    w.show()
    return SimpleNamespace(w=w, a=a, b=b, pid=pid)


def test_profile_conflict_use_their_values(window, conflicts, monkeypatch):
    x = window
    seen = {}

    def script(d: ProfileDialog):
        assert d.version == profiles.get_profile(x.a, x.pid).version
        d.name.setText("My farm")
        seen["theirs"] = profiles.update_profile(x.b, x.pid, profiles.ProfileData(
            name="Their farm", region="Irkutsk Oblast", registry_number="77-123", registry_date=dt.date(2025, 5, 1)))
        conflicts.answer = conflict_dialog.USE_THEIRS
        d.accept()
        rows = {label: (mine, saved) for label, mine, saved in conflicts[-1].rows}
        assert rows["Name"] == ("My farm", "Their farm")
        assert rows["Miners' registry entry"] == ("—", "77-123")
        assert rows["entered in the registry on"][0] == "—"
        assert d.name.text() == "Their farm" and d.has_registry_date.isChecked()
        assert x.w.profile_combo.currentText() == "Their farm"  # the window shows the profile as it is now
        d.notes.setPlainText("checked")
        d.accept()

    drive(monkeypatch, ProfileDialog, script)
    x.w.edit_profile()
    saved = profiles.get_profile(x.a, x.pid)
    assert (saved.name, saved.registry_number, saved.version) == ("Their farm", "77-123",
                                                                   seen["theirs"].version + 1)


def test_profile_conflict_keep_mine(window, conflicts, monkeypatch):
    x = window

    def script(d: ProfileDialog):
        d.name.setText("My farm")
        profiles.update_profile(x.b, x.pid, profiles.ProfileData(name="Farm", region="Tver Oblast"))
        conflicts.answer = conflict_dialog.KEEP_MINE
        d.accept()

    drive(monkeypatch, ProfileDialog, script)
    x.w.edit_profile()
    assert conflicts[0].rows == [("Name", "My farm", "Farm"), ("Region", "Irkutsk Oblast", "Tver Oblast")]
    saved = profiles.get_profile(x.a, x.pid)
    assert (saved.name, saved.region) == ("My farm", "Irkutsk Oblast")
    assert x.w.profile_combo.currentText() == "My farm"


def test_profile_deleted_by_someone_else(window, conflicts, monkeypatch):
    x = window
    profiles.create_profile(x.a, profiles.ProfileData(name="Other"))

    def script(d: ProfileDialog):
        d.name.setText("My farm")
        profiles.delete_profile(x.b, x.pid)
        conflicts.answer = conflict_dialog.CLOSE
        d.accept()

    drive(monkeypatch, ProfileDialog, script)
    x.w.edit_profile()
    assert conflicts[0].deleted and conflicts[0].title == "Deleted by someone else"
    assert [p.name for p in profiles.list_profiles(x.a)] == ["Other"]
    assert [x.w.profile_combo.itemText(i) for i in range(x.w.profile_combo.count())] == ["Other"]


# ---------------------------------------------------------------------------------------- the dialog itself


def test_conflict_dialog_buttons_and_table(qtbot):
    make_app()
    dialog = ConflictDialog("Someone else changed this record.", [("Power, W", "3600", "3500")])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Changed by someone else"
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(3)] == ["Field", "Your value", "Saved now"]
    assert dialog.rows() == [("Power, W", "3600", "3500")]
    assert [b.text() for b in dialog.buttons.buttons()] == ["&Use their values", "&Keep mine and save", "Cancel"]
    assert dialog.theirs_button.isDefault()  # Enter never overwrites
    dialog.reject()  # Escape
    assert dialog.choice == conflict_dialog.CANCEL
    deleted = ConflictDialog("Someone else deleted this record.", None)
    qtbot.addWidget(deleted)
    assert deleted.table.isHidden() and deleted.choice == conflict_dialog.CLOSE

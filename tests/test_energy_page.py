"""The Energy page, offscreen: records and months of the demo, the record dialog, sites, CSV in and out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from desktop.services import csv_io, profiles, records
from desktop.ui import formatting, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.energy_dialog import EnergyDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.pages.energy import EnergyPage, month_title
from desktop.ui.table_model import ROW_ROLE

READINGS, PERIODS_ONE_SITE, PERIODS_TWO_SITES = 1, 2, 3


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = EnergyPage(demo_db)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    return p


@pytest.fixture
def answers(monkeypatch):
    """messages.* patched: confirm answers from a list, info/error recorded."""
    calls = {"confirm": [], "info": [], "error": [], "yes": []}

    def confirm(_parent, _title, text):
        calls["confirm"].append(text)
        return calls["yes"].pop(0) if calls["yes"] else False

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: calls["info"].append(text))
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: calls["error"].append(text))
    return calls


def cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def table_rows(page: EnergyPage) -> list:
    return [page.records_proxy.index(r, 0).data(ROW_ROLE) for r in range(page.records_proxy.rowCount())]


def select(page: EnergyPage, ids: set[int]) -> None:
    selection = page.table.selectionModel()
    selection.clear()
    for r in range(page.records_proxy.rowCount()):
        index = page.records_proxy.index(r, 0)
        if index.data(ROW_ROLE).id in ids:
            selection.select(
                index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


# ---- showing -----------------------------------------------------------------------------------------------


def test_records_table_shows_the_demo_rows(page, demo_db):
    page.set_profile(READINGS)
    assert page.title() == "Energy"
    expected = records.list_energy(demo_db, READINGS)
    assert page.records_model.rowCount() == len(expected) > 0
    newest = table_rows(page)[0]
    assert newest.day == max(r.day for r in expected)
    assert cell(page.records_proxy, 0, 1) == "Meter reading"
    assert cell(page.records_proxy, 0, 2) == formatting.date(newest.day)
    assert cell(page.records_proxy, 0, 4).replace(",", "").replace("\u00a0", "") == format(
        newest.meter_kwh, "f"
    )
    assert page.records_model.headerData(4, Qt.Orientation.Horizontal) == "Meter, kWh"
    assert (
        page.records_model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    )
    # a new profile starts with its newest record selected, so Edit has a target
    assert len(page.selected_records()) == 1
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()

    page.set_profile(PERIODS_TWO_SITES)
    assert page.records_model.rowCount() == len(records.list_energy(demo_db, PERIODS_TWO_SITES))
    assert cell(page.records_proxy, 0, 1) == "Billed period"
    assert cell(page.records_proxy, 0, 3)  # period start
    assert "₽" in cell(page.records_proxy, 0, 6)  # billed cost
    assert "records shown" in page.summary.text()


def test_by_month_table_has_rows_with_the_expected_column_filled(page, demo_db):
    page.set_profile(PERIODS_ONE_SITE)
    page.tabs.setCurrentIndex(1)
    model = page.months_proxy
    assert model.rowCount() > 12
    full = [r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).covered_days]
    assert full
    for r in full:
        expected = cell(model, r, 2)
        assert expected != "—" and any(ch.isdigit() for ch in expected)
        assert cell(model, r, 3).endswith("%")
    newest = model.index(0, 0).data(ROW_ROLE)
    assert cell(model, 0, 0) == month_title(newest.month)
    # the flag column explains itself
    tip = page.months_model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "more than 15 %" in tip and "active fleet" in tip
    # the chart: at most the last 24 months, bars + expected + cost
    assert 0 < page.x_axis.count() <= 24
    assert page.metered_set.count() == page.x_axis.count()
    assert page.expected_series.count() > 0 and page.cost_series.count() > 0
    page._bar_hovered(True, 0)  # the month's figures in a tooltip
    page._bar_hovered(False, 0)


def test_flagged_month_shows_the_mark_and_tooltip(page, demo_db):
    site = records.list_sites(demo_db, PERIODS_ONE_SITE)[0]
    records.add_energy(
        demo_db,
        PERIODS_ONE_SITE,
        records.EnergyData(
            site.id, "period", dt.date(2026, 3, 10), period_start=dt.date(2026, 3, 1), kwh="90000"
        ),
    )
    page.set_profile(PERIODS_ONE_SITE)
    model = page.months_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).month == dt.date(2026, 3, 1))
    line = model.row_at(row)
    assert line.flagged
    assert "⚠" in cell(model, row, 6)
    tip = model.index(row, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert "more than 15 %" in tip and "active fleet" in tip
    assert model.index(row, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.warning.isVisibleTo(page) and "month" in page.warning.text()


def test_site_filter_limits_records_and_months(page, demo_db):
    page.set_profile(PERIODS_TWO_SITES)
    both = page.records_model.rowCount()
    assert page.site_filter.count() == 3  # all sites + two
    page.site_filter.setCurrentIndex(1)
    site_id = page.site_filter.currentData()
    assert {r.site_id for r in table_rows(page)} == {site_id}
    assert 0 < page.records_model.rowCount() < both
    report = records.energy_by_month(demo_db, PERIODS_TWO_SITES, "RUB", dt.date.today())
    feb = next(m for m in report.months if m.month == dt.date(2026, 2, 1))
    line = next(x for x in page.lines if x.month == dt.date(2026, 2, 1))
    assert line.kwh == next(s.kwh for s in feb.sites if s.site_id == site_id) < feb.kwh


def test_models_pass_the_model_tester(page, qtmodeltester):
    page.set_profile(PERIODS_TWO_SITES)
    qtmodeltester.check(page.records_model)
    qtmodeltester.check(page.months_model)


def test_without_a_profile_everything_is_disabled(qtbot, db):
    make_app()
    p = EnergyPage(db)
    qtbot.addWidget(p)
    p.set_profile(None)
    assert not p.add_button.isEnabled() and not p.import_button.isEnabled()
    assert p.records_model.rowCount() == 0 and p.months_model.rowCount() == 0
    assert p.add_item() is None and p.edit_item() is None
    p.delete_items()


def test_add_without_sites_offers_the_sites_dialog(qtbot, db, answers):
    make_app()
    pid = profiles.create_profile(db, profiles.ProfileData(name="Новый")).id
    p = EnergyPage(db)
    qtbot.addWidget(p)
    p.set_profile(pid)
    assert "No sites yet" in p.summary.text()
    answers["yes"] = [True]
    assert p.add_item() is None
    assert answers["confirm"] and p.sites_dialog is not None and p.sites_dialog.isVisible()
    p.sites_dialog.close()


# ---- the record dialog ---------------------------------------------------------------------------------------


def test_add_a_period_through_the_dialog(page, demo_db, qtbot):
    page.set_profile(PERIODS_ONE_SITE)
    before = len(records.list_energy(demo_db, PERIODS_ONE_SITE))
    dialog = page.add_item()
    assert isinstance(dialog, EnergyDialog) and dialog.isVisible()
    assert dialog.period_radio.isChecked()  # the site records periods
    # defaults: the period after the last one
    assert dialog.period_start.date() == QDate(2026, 3, 1)
    assert not dialog.meter_kwh.isVisibleTo(dialog) and dialog.kwh.isVisibleTo(dialog)
    assert dialog.cost_unit.text() == "₽"
    dialog.period_start.setDate(QDate(2026, 3, 1))
    dialog.day.setDate(QDate(2026, 3, 20))
    dialog.kwh.setText("12 345,5")
    dialog.cost.setText("61 234.50")
    dialog.notes.setPlainText("счёт №17")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = records.list_energy(demo_db, PERIODS_ONE_SITE)
    assert len(rows) == before + 1
    new = next(r for r in rows if r.id == dialog.saved_id)
    assert (new.kind, new.period_start, new.day) == ("period", dt.date(2026, 3, 1), dt.date(2026, 3, 20))
    assert new.kwh == Decimal("12345.5") and new.cost_minor == 6_123_450 and new.notes == "счёт №17"
    assert new.id in {r.id for r in table_rows(page)}
    assert [r.id for r in page.selected_records()] == [new.id]


def test_a_reading_below_the_previous_one_is_refused(page, demo_db, qtbot):
    page.set_profile(READINGS)
    before = records.list_energy(demo_db, READINGS)
    dialog = page.add_item()
    assert dialog.reading_radio.isChecked()
    assert dialog.meter_kwh.isVisibleTo(dialog) and not dialog.kwh.isVisibleTo(dialog)
    assert not dialog.period_start.isVisibleTo(dialog)
    assert "150 524" in dialog.previous.text().replace(",", " ").replace("\u00a0", " ")
    dialog.day.setDate(QDate(2026, 3, 15))
    dialog.meter_kwh.setText("100000")
    with qtbot.assertNotEmitted(page.data_changed):
        dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog)
    assert "lower than" in dialog.error.text() and "Meter value" in dialog.error.text()
    assert dialog.focusWidget() is dialog.meter_kwh
    assert records.list_energy(demo_db, READINGS) == before
    # ticking "new meter" makes it acceptable
    dialog.meter_replaced.setChecked(True)
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        dialog.accept()
    assert len(records.list_energy(demo_db, READINGS)) == len(before) + 1


def test_a_number_that_cannot_be_read_names_its_field(page, demo_db):
    page.set_profile(PERIODS_ONE_SITE)
    before = len(records.list_energy(demo_db, PERIODS_ONE_SITE))
    dialog = page.add_item()
    dialog.kwh.setText("100")
    dialog.cost.setText("1,2,3")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Billed amount:")
    assert dialog.focusWidget() is dialog.cost
    dialog.cost.setText("")
    dialog.kwh.setText("")
    dialog.accept()
    assert dialog.error.text().startswith("Consumption, kWh:")
    assert len(records.list_energy(demo_db, PERIODS_ONE_SITE)) == before
    dialog.reject()


def test_edit_a_record(page, demo_db, qtbot):
    page.set_profile(PERIODS_TWO_SITES)
    target = table_rows(page)[3]
    select(page, {target.id})
    dialog = page.edit_item()
    assert dialog.windowTitle() == "Edit energy record"
    assert dialog.site.currentData() == target.site_id and dialog.period_radio.isChecked()
    assert dialog.day.date().toPython() == target.day
    assert Decimal(dialog.kwh.text().replace(",", ".")) == target.kwh
    dialog.kwh.setText("1000,25")
    dialog.notes.setPlainText("corrected")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        dialog.accept()
    edited = next(r for r in records.list_energy(demo_db, PERIODS_TWO_SITES) if r.id == target.id)
    assert edited.kwh == Decimal("1000.25") and edited.notes == "corrected"
    assert [r.id for r in page.selected_records()] == [target.id]


def test_double_click_and_enter_open_the_editor(page):
    page.set_profile(PERIODS_TWO_SITES)
    index = page.records_proxy.index(2, 0)
    page.table.doubleClicked.emit(index)
    assert page.dialog is not None and page.dialog.record is not None
    page.dialog.reject()
    page.activateWindow()
    page.table.setFocus()
    page.table.selectRow(1)
    from PySide6.QtTest import QTest

    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert (
        page.dialog is not None and page.dialog.record.id == page.records_proxy.index(1, 0).data(ROW_ROLE).id
    )
    page.dialog.reject()


def test_delete_asks_first_and_keeps_a_sensible_selection(page, demo_db, qtbot, answers):
    page.set_profile(PERIODS_TWO_SITES)
    rows = table_rows(page)
    doomed = {rows[1].id, rows[2].id}
    select(page, doomed)
    answers["yes"] = [False]
    page.delete_items()
    assert answers["confirm"][-1] == "Delete 2 energy records?"
    assert len(records.list_energy(demo_db, PERIODS_TWO_SITES)) == len(rows)

    answers["yes"] = [True]
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        page.delete_items()
    left = records.list_energy(demo_db, PERIODS_TWO_SITES)
    assert len(left) == len(rows) - 2 and not doomed & {r.id for r in left}
    assert page.records_model.rowCount() == len(rows) - 2
    assert [r.id for r in page.selected_records()] == [rows[3].id]  # the row where they were

    select(page, {rows[0].id})
    answers["yes"] = [True]
    page.delete_items()
    assert (
        "Delete the billed period" in answers["confirm"][-1] and rows[0].site_name in answers["confirm"][-1]
    )


# ---- sites ------------------------------------------------------------------------------------------------


def test_sites_dialog_add_edit_delete(page, demo_db, qtbot, answers):
    page.set_profile(READINGS)
    sites = page.open_sites()
    assert sites.model.rowCount() == 1
    editor = sites.add_site()
    editor.name.setText("Дача")
    editor.region.setText("Тверская область")
    editor.tariff.setText("4,5")
    editor.tariff_night.setText("2.1")
    editor.accept()  # night share missing
    assert editor.isVisible() and editor.error.text().startswith("Night share")
    assert editor.focusWidget() is editor.night_share
    editor.night_share.setText("40")
    editor.monthly_fee.setText("1 500")
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        editor.accept()
    new = next(s for s in records.list_sites(demo_db, READINGS) if s.name == "Дача")
    assert (new.tariff, new.tariff_night, new.night_share) == (Decimal("4.5"), Decimal("2.1"), Decimal("0.4"))
    assert new.monthly_fee_minor == 150_000
    assert page.site_filter.findData(new.id) > 0  # the page knows the new site

    # edit
    assert [s.id for s in sites.selected()] == [new.id]
    editor = sites.edit_site()
    assert editor.night_share.text() == "40"
    editor.tariff.setText("4,75")
    with qtbot.waitSignal(sites.sites_changed, timeout=2000):
        editor.accept()
    assert next(s for s in records.list_sites(demo_db, READINGS) if s.id == new.id).tariff == Decimal("4.75")

    # a duplicate name stays open with the message
    editor = sites.add_site()
    editor.name.setText("Дача")
    editor.tariff.setText("1")
    editor.accept()
    assert editor.isVisible() and "already has a site" in editor.error.text()
    editor.reject()

    # delete a site without energy records: one question
    sites.table.selectRow(
        next(r for r in range(sites.proxy.rowCount()) if sites.proxy.index(r, 0).data(ROW_ROLE).id == new.id)
    )
    answers["yes"] = [True]
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        sites.delete_sites()
    assert len(answers["confirm"]) == 1
    assert [s.name for s in records.list_sites(demo_db, READINGS)] == ["Дом, гараж"]

    # a site with energy records: a second question; "no" deletes nothing
    sites.table.selectRow(0)
    answers["confirm"].clear()
    answers["yes"] = [True, False]
    sites.delete_sites()
    assert len(answers["confirm"]) == 2 and "energy record" in answers["confirm"][1]
    assert len(records.list_sites(demo_db, READINGS)) == 1
    answers["yes"] = [True, True]
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        sites.delete_sites()
    assert records.list_sites(demo_db, READINGS) == []
    assert records.list_energy(demo_db, READINGS) == []
    assert page.records_model.rowCount() == 0
    sites.accept()


# ---- CSV ----------------------------------------------------------------------------------------------------


def test_import_csv_through_the_import_dialog(page, demo_db, qtbot, answers, monkeypatch, tmp_path):
    page.set_profile(PERIODS_ONE_SITE)
    site = records.list_sites(demo_db, PERIODS_ONE_SITE)[0]
    path = tmp_path / "bills.csv"
    path.write_text(
        "site;kind;day;period_start;kwh;cost\n"
        f"{site.name};period;21.03.2026;01.03.2026;30000,5;150000,00\n"
        f"{site.name};period;28.02.2026;01.02.2026;40514;200949,44\n",  # already in the books
        encoding="utf-8",
    )
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(path))
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        dialog.start_import()
        qtbot.waitUntil(lambda: dialog.result_counts is not None, timeout=5000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    before = len(records.list_energy(demo_db, PERIODS_ONE_SITE))
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        page.import_csv()
    assert opened and opened[0].kind == "energy"
    assert opened[0].result_counts == csv_io.ImportResult(added=1, duplicates=1)
    assert len(records.list_energy(demo_db, PERIODS_ONE_SITE)) == before + 1
    assert page.records_model.rowCount() == before + 1
    assert answers["info"] and "added: 1" in answers["info"][-1] and "skipped: 1" in answers["info"][-1]


def test_import_cancelled_file_dialog_does_nothing(page, monkeypatch, qtbot):
    page.set_profile(PERIODS_ONE_SITE)
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: "")
    with qtbot.assertNotEmitted(page.data_changed):
        page.import_csv()


def test_export_writes_a_csv_with_bom(page, demo_db, qtbot, answers, monkeypatch, tmp_path):
    page.set_profile(READINGS)
    target = tmp_path / "energy"  # no suffix: .csv is added
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(target))
    page.export_csv()
    out = tmp_path / "energy.csv"
    qtbot.waitUntil(out.exists, timeout=5000)
    qtbot.waitUntil(lambda: bool(answers["info"]), timeout=5000)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("site,kind,day")
    assert len(lines) == 1 + len(records.list_energy(demo_db, READINGS))
    assert str(out) in answers["info"][-1]
    assert page.export_button.isEnabled()


def test_export_error_is_reported(page, qtbot, answers, monkeypatch, tmp_path):
    page.set_profile(READINGS)
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(tmp_path / "missing" / "energy.csv"))
    page.export_csv()
    qtbot.waitUntil(lambda: bool(answers["error"]), timeout=5000)
    assert "Could not write" in answers["error"][-1]
    assert page.export_button.isEnabled()

"""The first-run welcome wizard, on real widgets and a real SQLite file: demo, "start my farm", Cancel."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from desktop.core.inn import make_inn
from desktop.services import demo, onboarding, profiles, records
from desktop.services.profiles import ProfileData
from desktop.services.records import RecordError
from desktop.ui import i18n
from desktop.ui.app import make_app
from desktop.ui.dialogs.welcome_dialog import (
    PAGE_MACHINES,
    PAGE_PROFILE,
    PAGE_SITE,
    PAGE_SUMMARY,
    PAGE_WELCOME,
    WelcomeWizard,
)
from desktop.ui.main_window import MainWindow

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


@pytest.fixture
def window(qtbot, db):
    make_app()
    i18n.install("en")
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    yield w
    if getattr(w, "welcome", None) is not None:
        w.welcome.reject()


def counts(db) -> tuple[int, int, int]:
    rows = db.row_counts()
    return rows["profile"], rows["site"], rows["equipment"]


def click(qtbot, wizard: QWizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII only
        widget.setText(text)


def fill_profile(qtbot, wizard: WelcomeWizard, *, name="ООО «Тайга Хэш»", inn=None, region="Иркутская область"):
    page = wizard.profile_page
    type_into(qtbot, page.name, name)
    page.legal_form.setCurrentIndex(page.legal_form.findData("company"))
    type_into(qtbot, page.inn, inn if inn is not None else make_inn("380812345"))
    type_into(qtbot, page.region, region)
    type_into(qtbot, page.registry_number, "77-2025-000101")
    page.has_registry_date.setChecked(True)
    page.registry_date.setDate(dt.date(2025, 2, 3))


def fill_site(qtbot, wizard: WelcomeWizard) -> None:
    page = wizard.site_page
    type_into(qtbot, page.name, "Гараж")
    type_into(qtbot, page.tariff, "5,48")
    page.metering.setCurrentIndex(page.metering.findData("day_night"))
    type_into(qtbot, page.tariff_night, "3,10")
    type_into(qtbot, page.night_share, "40")
    type_into(qtbot, page.monthly_fee, "2500")


def fill_machines(qtbot, wizard: WelcomeWizard, count: int = 3, serials: list[str] | None = None) -> None:
    page = wizard.machines_page
    page.catalogue.setCurrentIndex(page.catalogue.findText("Antminer S21", Qt.MatchFlag.MatchContains))
    page.count.setValue(count)
    page.has_purchase.setChecked(True)
    page.purchase_date.setDate(dt.date(2025, 3, 1))
    type_into(qtbot, page.price, "350000")
    if serials:
        page.serials.setPlainText("\n".join(serials))


def to_summary(qtbot, wizard: WelcomeWizard, serials=None) -> None:
    assert wizard.currentId() == PAGE_WELCOME
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_PROFILE
    fill_profile(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SITE
    assert wizard.site_page.region.text() == "Иркутская область"  # carried over from the profile
    fill_site(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_MACHINES
    fill_machines(qtbot, wizard, serials=serials)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SUMMARY


def test_start_my_farm_creates_one_profile_one_site_and_the_machines(window, qtbot, db):
    wizard = window.show_welcome()
    to_summary(qtbot, wizard, serials=["S21-A", "S21-B", "S21-C"])
    assert counts(db) == (0, 0, 0)  # nothing before Finish
    summary = wizard.summary_page.summary.text()
    assert "ООО «Тайга Хэш»" in summary and "Гараж" in summary and "600.0 TH/s" in summary
    assert wizard.button(FINISH).text() == "&Create the farm"
    click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: window.welcome is None)

    assert counts(db) == (1, 1, 3)
    [profile] = profiles.list_profiles(db)
    assert (profile.name, profile.legal_form, profile.inn, profile.region) == (
        "ООО «Тайга Хэш»", "company", make_inn("380812345"), "Иркутская область")
    assert (profile.registry_number, profile.registry_date) == ("77-2025-000101", dt.date(2025, 2, 3))
    [site] = records.list_sites(db, profile.id)
    assert (site.name, site.region, site.currency) == ("Гараж", "Иркутская область", "RUB")
    assert (Decimal(site.tariff), Decimal(site.tariff_night), Decimal(site.night_share)) == (
        Decimal("5.48"), Decimal("3.10"), Decimal("0.4"))
    assert site.monthly_fee_minor == 250_000
    units = records.list_equipment(db, profile.id)
    assert sorted(u.serial for u in units) == ["S21-A", "S21-B", "S21-C"]
    for u in units:
        assert (u.vendor, u.model, u.hashrate_ths, u.power_w) == ("Bitmain", "Antminer S21", Decimal(200), 3500)
        assert (u.site_id, u.status, u.purchase_date) == (site.id, "active", dt.date(2025, 3, 1))
        assert (u.price_minor, u.price_currency, u.status_date) == (35_000_000, "RUB", dt.date(2025, 3, 1))
    # The window selects the new profile and opens the Equipment page with the machines on it.
    assert window.profile_id == profile.id
    assert window.current_page() is window.pages["equipment"]
    assert window.pages["equipment"].model.rowCount() == 3


def test_serial_numbers_are_optional(window, qtbot, db):
    wizard = window.show_welcome()
    to_summary(qtbot, wizard)
    click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: window.welcome is None)
    [profile] = profiles.list_profiles(db)
    assert sorted(u.serial for u in records.list_equipment(db, profile.id)) == [
        "no-serial-001", "no-serial-002", "no-serial-003"]


def test_invalid_inn_blocks_next_with_a_message_at_the_field(window, qtbot, db):
    wizard = window.show_welcome()
    click(qtbot, wizard, NEXT)
    good = make_inn("380812345")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    fill_profile(qtbot, wizard, inn=bad)
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_PROFILE  # Next refused
    page = wizard.profile_page
    message = page.form.errors["inn"]
    assert message.isVisible() and message.text()
    with pytest.raises(profiles.ProfileError) as refused:  # the profiles service's own message, not a copy
        profiles.create_profile(db, page.data())
    assert message.text() == str(refused.value)
    assert wizard.focusWidget() is page.inn
    # Fixing it lets the wizard go on; the message goes away as soon as the field is edited.
    type_into(qtbot, page.inn, good)
    assert not message.isVisible()
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SITE
    assert counts(db) == (0, 0, 0)


def test_other_invalid_steps_block_next(window, qtbot, db):
    wizard = window.show_welcome()
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)  # empty name
    assert wizard.currentId() == PAGE_PROFILE
    assert wizard.profile_page.form.errors["name"].isVisible()
    fill_profile(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    site = wizard.site_page
    type_into(qtbot, site.name, "Гараж")
    type_into(qtbot, site.tariff, "пять")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SITE
    assert site.form.errors["tariff"].isVisible() and wizard.focusWidget() is site.tariff
    type_into(qtbot, site.tariff, "5,48")
    site.metering.setCurrentIndex(site.metering.findData("day_night"))
    type_into(qtbot, site.tariff_night, "3,10")  # no night share
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_SITE
    assert site.form.errors["night_share"].isVisible()
    type_into(qtbot, site.night_share, "40")
    click(qtbot, wizard, NEXT)
    machines = wizard.machines_page
    machines.count.setValue(3)
    machines.serials.setPlainText("A1\nA2")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_MACHINES
    assert "2 serial number(s) for 3 machine(s)" in machines.form.errors["serial"].text()
    machines.serials.setPlainText("A1\nA2\nA1")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_MACHINES
    assert "A1" in machines.form.errors["serial"].text()
    type_into(qtbot, machines.power, "0")
    machines.serials.clear()
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_MACHINES
    assert machines.form.errors["power_w"].isVisible()
    assert counts(db) == (0, 0, 0)


def test_back_keeps_what_was_entered(window, qtbot):
    wizard = window.show_welcome()
    to_summary(qtbot, wizard)
    for expected in (PAGE_MACHINES, PAGE_SITE, PAGE_PROFILE):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
        assert wizard.currentId() == expected
    assert wizard.profile_page.name.text() == "ООО «Тайга Хэш»"
    assert wizard.site_page.tariff.text() == "5,48"


def test_cancel_writes_nothing(window, qtbot, db):
    wizard = window.show_welcome()
    to_summary(qtbot, wizard, serials=["X1", "X2", "X3"])
    click(qtbot, wizard, CANCEL)
    qtbot.waitUntil(lambda: window.welcome is None)
    assert not wizard.isVisible()
    assert counts(db) == (0, 0, 0)
    assert window.profile_id is None


def test_escape_cancels_too(window, qtbot, db):
    wizard = window.show_welcome()
    click(qtbot, wizard, NEXT)
    fill_profile(qtbot, wizard)
    qtbot.keyClick(wizard.profile_page.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.welcome is None)
    assert counts(db) == (0, 0, 0)


def test_a_failure_at_finish_leaves_nothing_half_written(window, qtbot, db, monkeypatch):
    wizard = window.show_welcome()
    to_summary(qtbot, wizard)

    def refuse(*_args, **_kwargs):  # after the profile and the site are flushed, before the machines
        raise RecordError("serial", "refused for the test")

    monkeypatch.setattr(records, "_serials_free", refuse)
    click(qtbot, wizard, FINISH)
    assert wizard.isVisible() and wizard.currentId() == PAGE_SUMMARY
    assert "refused for the test" in wizard.summary_page.error.text()
    assert wizard.summary_page.error.isVisible()
    assert counts(db) == (0, 0, 0)


def test_create_farm_is_one_transaction(db):
    profile = ProfileData(name="Иван", inn=make_inn("3808123456"))
    site = records.SiteData(name="Дом", tariff="5.48")
    machine = records.EquipmentData(model="Antminer S9", serial="", hashrate_ths="13.5", power_w="1323")
    with pytest.raises(RecordError):  # the repeated serial is refused after profile and site are flushed
        onboarding.create_farm(db, profile, site, machine, ["A", "A"])
    assert counts(db) == (0, 0, 0)
    result = onboarding.create_farm(db, profile, site, machine, ["A", "B"])
    assert counts(db) == (1, 1, 2) and len(result.equipment_ids) == 2


def test_open_the_demo_builds_it_and_selects_the_company(window, qtbot, db):
    wizard = window.maybe_welcome()
    assert wizard is not None and wizard.isVisible()
    radio = wizard.welcome_page.demo
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert wizard.welcome_page.demo.isChecked()
    assert not wizard.button(NEXT).isVisible()
    assert wizard.button(FINISH).text() == "&Open the demo"
    click(qtbot, wizard, FINISH)
    assert wizard.task is not None  # built off the GUI thread, with a progress dialog and Cancel
    assert wizard.task.dialog.labelText()
    qtbot.waitUntil(lambda: window.welcome is None, timeout=60000)

    names = {p.name for p in profiles.list_profiles(db)}
    assert names == set(demo.demo_profile_names())
    company = [p for p in profiles.list_profiles(db) if p.legal_form == "company"]
    assert window.profile_id == company[0].id
    assert window.profile_combo.currentText() == company[0].name
    assert window.current_page() is window.pages["dashboard"]


def test_cancelling_the_demo_build_writes_nothing(window, qtbot, db, monkeypatch):
    started = []
    real = demo.build_demo

    def slow_build(database, seed=1, progress=None):
        started.append(True)
        return real(database, seed, progress=lambda p, t: (time.sleep(0.3), progress(p, t)))

    monkeypatch.setattr(demo, "build_demo", slow_build)
    wizard = window.show_welcome()
    wizard.welcome_page.demo.setChecked(True)
    click(qtbot, wizard, FINISH)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert not wizard.button(FINISH).isEnabled()
    click(qtbot, wizard, CANCEL)  # cancels the build; the wizard stays open
    qtbot.waitUntil(lambda: wizard.task is None, timeout=30000)
    assert wizard.isVisible()
    assert wizard.welcome_page.status.text() == "Cancelled."
    assert counts(db) == (0, 0, 0)
    click(qtbot, wizard, CANCEL)
    qtbot.waitUntil(lambda: window.welcome is None)


def test_shows_through_maybe_welcome_only_on_an_empty_database(qtbot, db):
    make_app()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    assert not [x for x in QApplication.topLevelWidgets() if isinstance(x, WelcomeWizard) and x.isVisible()]
    wizard = w.maybe_welcome()
    assert isinstance(wizard, WelcomeWizard) and wizard.isVisible()
    wizard.reject()
    profiles.create_profile(db, ProfileData(name="Иван"))
    assert w.maybe_welcome() is None


def test_help_menu_opens_it_any_time(window):
    assert window.act_welcome.text() == "&Welcome…"
    window.act_welcome.trigger()
    assert isinstance(window.welcome, WelcomeWizard) and window.welcome.isVisible()


def test_keyboard_alone(window, qtbot, db):
    """Enter is Next, mnemonics reach the fields, Tab goes through a step in order."""
    wizard = window.show_welcome()

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        if QApplication.activeWindow() is not wizard:  # mnemonics work in the active window only
            wizard.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        qtbot.keyClick(wizard.focusWidget() or wizard, k, modifier)

    qtbot.wait(50)  # the main window's own activation comes first

    key(Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_PROFILE
    qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.profile_page.name)
    qtbot.keyClicks(wizard.focusWidget(), "Ivan Petrov")
    key(Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.profile_page.legal_form
    key(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &INN
    assert wizard.focusWidget() is wizard.profile_page.inn
    qtbot.keyClicks(wizard.focusWidget(), make_inn("3808123456"))
    key(Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_SITE
    qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.site_page.name)
    qtbot.keyClicks(wizard.focusWidget(), "Home")
    key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Tariff
    assert wizard.focusWidget() is wizard.site_page.tariff
    qtbot.keyClicks(wizard.focusWidget(), "5,48")
    key(Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_MACHINES
    key(Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # How many &units
    assert wizard.focusWidget() is wizard.machines_page.count
    wizard.machines_page.count.selectAll()
    qtbot.keyClicks(wizard.focusWidget(), "2")
    key(Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_SUMMARY
    key(Qt.Key.Key_Return)  # Finish
    qtbot.waitUntil(lambda: window.welcome is None)
    assert counts(db) == (1, 1, 2)


def test_run_gui_shows_it_but_not_for_startup_time(db_path, monkeypatch, capsys):
    from desktop.ui import app as app_module

    calls = []

    def fake_welcome(self):
        calls.append(self)
        QTimer.singleShot(0, QCoreApplication.quit)

    monkeypatch.setattr(MainWindow, "maybe_welcome", fake_welcome)
    assert app_module.run_gui(str(db_path), startup_time=True) == 0
    assert calls == []
    assert app_module.run_gui(str(db_path)) == 0
    assert len(calls) == 1
    i18n.install("en")

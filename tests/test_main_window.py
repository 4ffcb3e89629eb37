"""The main window, offscreen: pages by click and by shortcut, profiles, settings, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.services import profiles
from desktop.services import settings as app_settings
from desktop.store import db as store_db
from desktop.ui import i18n, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.profile_dialog import ProfileDialog
from desktop.ui.main_window import PAGE_KEYS, MainWindow


@pytest.fixture
def window(qtbot, demo_db):
    make_app()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


@pytest.fixture
def empty_window(qtbot, db):
    make_app()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def test_every_page_reachable_by_click(window, qtbot):
    for row, key in enumerate(PAGE_KEYS):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentWidget() is window.pages[key]
        assert window.current_page().objectName() == f"page_{key}"


def test_every_page_reachable_by_shortcut(window, qtbot):
    for n, key in reversed(list(enumerate(PAGE_KEYS))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[key], key


def test_profile_switching_updates_pages(window):
    names = [window.profile_combo.itemText(i) for i in range(window.profile_combo.count())]
    assert len(names) == 3
    dashboard = window.pages["dashboard"]
    for i, name in enumerate(names):
        window.profile_combo.setCurrentIndex(i)
        assert window.profile_id == window.profile_combo.itemData(i)
        assert name in dashboard.heading.text()
    # the last profile is remembered for the next start
    assert int(QSettings().value("ui/last_profile")) == window.profile_id


def test_status_bar_shows_database_and_mode(window):
    assert str(window.db.path) in window.db_status.text()
    assert window.online_status.text() == "Offline — bundled history up to Mar 22, 2026"
    assert not window.pages["market"].update_button.isEnabled()
    window.pages["settings"].online.setChecked(True)
    assert window.online_status.text().startswith("Online — not updated yet")
    assert window.pages["market"].update_button.isEnabled()
    assert app_settings.get(window.db, app_settings.ONLINE_ALLOWED) is True


def test_add_profile_validates_inn_and_saves(empty_window, qtbot):
    dialog = ProfileDialog(lambda data: profiles.create_profile(empty_window.db, data), empty_window)
    qtbot.addWidget(dialog)
    dialog.name.setText("ИП Тестов")
    dialog.legal_form.setCurrentIndex(dialog.legal_form.findData("sole_trader"))
    dialog.inn.setText("500100732258")  # wrong 12th digit
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0
    assert not dialog.error.isHidden()
    assert "12th" in dialog.error.text()
    assert profiles.list_profiles(empty_window.db) == []
    dialog.inn.setText("500100732259")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.inn == "500100732259"
    assert [p.name for p in profiles.list_profiles(empty_window.db)] == ["ИП Тестов"]


def test_new_edit_delete_profile_through_the_window(empty_window, monkeypatch):
    w = empty_window

    def fake_exec(self):
        self.name.setText(self._next_name)
        self.accept()
        return self.result()

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)
    ProfileDialog._next_name = "First farm"
    w.new_profile()
    assert w.profile_combo.currentText() == "First farm"
    ProfileDialog._next_name = "Renamed farm"
    w.edit_profile()
    assert w.profile_combo.currentText() == "Renamed farm"
    assert [p.name for p in profiles.list_profiles(w.db)] == ["Renamed farm"]

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text) or False)
    w.delete_profile()
    assert len(profiles.list_profiles(w.db)) == 1  # said no: nothing deleted
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    w.delete_profile()
    assert profiles.list_profiles(w.db) == []
    assert w.profile_combo.count() == 0
    assert any("before-delete" in p.name for p in store_db.list_backups(w.db.path))


def test_switching_language_retranslates_live(window):
    window.show_page("equipment")
    settings_page = window.pages["settings"]
    settings_page.language.setCurrentIndex(settings_page.language.findData("ru"))
    assert window.nav.item(0).text() == "Сводка"
    assert window.nav.item(PAGE_KEYS.index("settings")).text() == "Настройки"
    assert window.current_page() is window.pages["equipment"]  # stayed where the user was
    assert window.online_status.text().startswith("Офлайн")
    new_settings = window.pages["settings"]
    new_settings.language.setCurrentIndex(new_settings.language.findData("en"))
    assert window.nav.item(0).text() == "Dashboard"


def test_backup_now_and_restore_from_settings(window, monkeypatch):
    page = window.pages["settings"]
    monkeypatch.setattr(messages, "info", lambda *a: None)
    page._backup_now()
    assert page.backup_list.count() == 1
    first_profile = window.profile_combo.itemText(0)
    profiles.delete_profile(window.db, window.profile_combo.itemData(0))
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    page.backup_list.setCurrentRow(0)
    page._restore()
    names = [window.profile_combo.itemText(i) for i in range(window.profile_combo.count())]
    assert first_profile in names and len(names) == 3


def test_window_geometry_and_page_remembered(qtbot, demo_db):
    make_app()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    w.resize(1000, 700)
    w.show_page("energy")
    w.close()
    w2 = MainWindow(demo_db)
    qtbot.addWidget(w2)
    assert w2.current_page() is w2.pages["energy"]
    assert not QSettings().value("ui/geometry").isEmpty()


def test_app_font_has_a_family():
    make_app()
    from PySide6.QtGui import QFontInfo

    assert QFontInfo(QApplication.font()).family()


def test_other_pages_refresh_when_shown_after_a_change(window, monkeypatch):
    window.show_page("equipment")
    refreshed = []
    dashboard = window.pages["dashboard"]
    monkeypatch.setattr(dashboard, "refresh", lambda: refreshed.append("dashboard"))
    window.pages["equipment"].data_changed.emit()
    assert refreshed == []  # hidden: not refreshed yet
    window.show_page("dashboard")
    assert refreshed == ["dashboard"]
    window.show_page("equipment")
    window.show_page("dashboard")
    assert refreshed == ["dashboard"]  # once, not on every visit

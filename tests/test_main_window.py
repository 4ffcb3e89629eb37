"""The main window, offscreen: pages by click and by shortcut, profiles, settings, language."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.services import profiles
from desktop.services import settings as app_settings
from desktop.store import db as store_db
from desktop.ui import i18n, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.profile_dialog import ProfileDialog
from desktop.ui.main_window import PAGE_KEYS, PAGES, MainWindow, PagePlaceholder


@pytest.fixture
def window(qtbot, demo_db):
    make_app()
    QSettings().remove("ui/page")  # QSettings outlive a test in this process: open where a first start opens
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
        assert (key in window.pages.built()) == (key == "dashboard")  # Ctrl+N goes to pages not built yet
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + n), Qt.KeyboardModifier.ControlModifier)
        assert key in window.pages.built()
        assert window.current_page() is window.pages[key], key
        assert window.stack.currentWidget() is window.pages[key]


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
    assert list(w2.pages.built()) == ["energy"]  # the remembered page, and only it, is built at start
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


# ---- pages built when first shown ---------------------------------------------------------------------------
def test_only_the_first_page_is_built_at_start(window):
    assert list(window.pages.built()) == ["dashboard"]
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [d.title() for d in PAGES]
    assert window.stack.count() == len(PAGE_KEYS)
    for row, key in enumerate(PAGE_KEYS):
        widget = window.stack.widget(row)
        if key == "dashboard":
            assert widget is window.pages.built()["dashboard"] and widget.profile_id == window.profile_id
        else:
            assert isinstance(widget, PagePlaceholder) and widget.key == key
    assert window.current_page() is window.pages["dashboard"]
    assert len(window.pages) == len(PAGE_KEYS) and "loans" in window.pages and "nothing" not in window.pages
    with pytest.raises(KeyError):
        window.pages["nothing"]
    assert list(window.pages.built()) == ["dashboard"]  # asking about a page does not build it


def test_page_table_names_page_classes_in_desktop_ui_pages():
    """Each entry names a Page class in a module of desktop/ui/pages (build/hashpledge.spec bundles that folder's
    modules by name: the window imports them by name, which PyInstaller cannot follow)."""
    import importlib

    from desktop.ui.pages.base import Page

    pages_dir = Path(__file__).resolve().parent.parent / "desktop" / "ui" / "pages"
    assert len(PAGES) == len(set(PAGE_KEYS)) == 9
    for definition in PAGES:
        package, _, name = definition.module.rpartition(".")
        assert package == "desktop.ui.pages" and (pages_dir / f"{name}.py").is_file(), definition
        assert issubclass(getattr(importlib.import_module(definition.module), definition.cls), Page)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_navigation_titles_are_the_pages_own(window, lang):
    """The table's titles (read without importing a page) say what each page's title() says."""
    window.set_language(lang)
    for row, definition in enumerate(PAGES):
        assert window.nav.item(row).text() == window.pages[definition.key].title(), definition.key
    if lang == "ru":
        assert window.nav.item(PAGE_KEYS.index("mining")).text() != "Mining & holdings"


def test_page_modules_are_imported_when_their_page_is_shown(demo_db):
    """In a fresh process the window imports only the first page's module; the Loans page (numpy for its
    risk tab, jsonschema for the offers) and the Market data page (requests) come when they are shown."""
    script = textwrap.dedent(f"""
        import sys
        from desktop.store.db import open_database
        from desktop.ui.app import make_app
        from desktop.ui.main_window import MainWindow

        app = make_app()
        window = MainWindow(open_database({str(demo_db.path)!r}))
        window.show()
        app.processEvents()
        heavy = ("desktop.ui.pages.loans", "desktop.ui.pages.market", "desktop.ui.pages.mining", "numpy",
                 "requests", "jsonschema", "alembic")
        print("start", sorted(m for m in sys.modules if m.startswith("desktop.ui.pages.")),
              [m for m in heavy if m in sys.modules])
        window.show_page("loans")
        app.processEvents()
        print("loans", "desktop.ui.pages.loans" in sys.modules, "numpy" in sys.modules,
              window.current_page().objectName())
        window.db.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "start ['desktop.ui.pages.base', 'desktop.ui.pages.dashboard'] []" in lines, out.stdout
    assert "loans True True page_loans" in lines, out.stdout


def test_a_page_built_later_is_wired_and_refreshes(window, monkeypatch):
    assert "equipment" not in window.pages.built()
    window.show_page("equipment")  # built now, on its first show
    page = window.pages["equipment"]
    assert page.profile_id == window.profile_id and page.proxy.rowCount() > 0
    rows = page.proxy.rowCount()
    refreshed = []
    dashboard = window.pages["dashboard"]
    monkeypatch.setattr(dashboard, "refresh", lambda: refreshed.append("dashboard"))

    def fake_exec(self):
        self.model.setText("Antminer S19")
        self.hashrate.setText("95")
        self.power.setText("3250")
        self.serial.setText("LATE-1")
        self.accept()
        return self.result()

    monkeypatch.setattr(EquipmentDialog, "exec", fake_exec)
    window.act_add.trigger()  # Records ▸ Add on the page built after the start
    assert page.proxy.rowCount() == rows + 1
    assert window.act_undo.isEnabled() and window.act_undo.text() == "Undo Add machine LATE-1"  # change_recorded
    assert refreshed == []  # data_changed: the dashboard refreshes when it is shown, not before
    window.show_page("dashboard")
    assert refreshed == ["dashboard"]
    window.show_page("equipment")
    window.act_undo.trigger()
    assert page.proxy.rowCount() == rows
    # a page first built after the change loads what is in the database now
    window.show_page("energy")
    assert window.pages["energy"].profile_id == window.profile_id


def test_online_switch_reaches_the_market_page_built_later(window):
    window.show_page("settings")
    window.pages["settings"].online.setChecked(True)  # the market page does not exist yet
    assert "market" not in window.pages.built()
    assert window.online_status.text().startswith("Online — not updated yet")
    window.show_page("market")
    assert window.pages["market"].update_button.isEnabled()
    window.pages["settings"].online.setChecked(False)  # now it exists: refreshed at once
    assert not window.pages["market"].update_button.isEnabled()
    assert window.online_status.text().startswith("Offline")


def test_language_switch_rebuilds_only_the_page_on_screen(window):
    window.show_page("loans")
    window.show_page("settings")
    old_loans = window.pages["loans"]
    settings_page = window.pages["settings"]
    settings_page.language.setCurrentIndex(settings_page.language.findData("ru"))
    assert list(window.pages.built()) == ["settings"]  # the others come back, in Russian, when shown
    assert window.current_page() is window.pages["settings"] and window.current_page() is not settings_page
    assert window.nav.item(PAGE_KEYS.index("loans")).text() == "Кредиты" == window.pages["loans"].title()
    assert window.pages["loans"] is not old_loans
    window.show_page("loans")
    assert window.current_page().objectName() == "page_loans"
    assert window.current_page().profile_id == window.profile_id
    window.show_page("settings")
    new_settings = window.pages["settings"]
    new_settings.language.setCurrentIndex(new_settings.language.findData("en"))  # its signals are connected
    assert window.nav.item(0).text() == "Dashboard"


def test_glossary_dock_is_built_when_first_asked_for(window, qtbot):
    assert window._glossary_dock is None
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.glossary_dock.isVisible()


def test_reload_shows_what_another_instance_saved(qtbot, any_location, monkeypatch):
    """Two app instances on one database (a file, or a shared PostgreSQL server): what one saves appears in
    the other on Go ▸ Reload (F5) and, on a server, when the window is activated again after a while."""
    from PySide6.QtCore import QEvent

    from desktop.services import records

    make_app()
    location, password = any_location
    mine = store_db.open_database(location, password=password)
    theirs = store_db.open_database(location, password=password)
    try:
        pid = profiles.create_profile(mine, profiles.ProfileData(name="Client A", legal_form="individual")).id
        w = MainWindow(mine)
        qtbot.addWidget(w)
        w.show()
        w.show_page("equipment")
        page = w.current_page()
        assert page.proxy.rowCount() == 0
        profiles.create_profile(theirs, profiles.ProfileData(name="Client B", legal_form="company"))
        records.add_equipment(theirs, pid, records.EquipmentData(model="S21", serial="X-1", hashrate_ths=200,
                                                                 power_w=3500))

        def names():
            return sorted(w.profile_combo.itemText(i) for i in range(w.profile_combo.count()))

        assert names() == ["Client A"] and page.proxy.rowCount() == 0  # nothing read yet
        assert w.act_reload.shortcut().toString() == "F5"
        w.act_reload.trigger()
        assert names() == ["Client A", "Client B"]
        assert w.profile_combo.currentText() == "Client A"  # the selection is kept
        assert page.proxy.rowCount() == 1  # the machine the other instance added

        # coming back to the window: a server reloads by itself (after AUTO_RELOAD_AFTER_S), a file waits for F5
        profiles.create_profile(theirs, profiles.ProfileData(name="Client C", legal_form="company"))
        monkeypatch.setattr(MainWindow, "AUTO_RELOAD_AFTER_S", -1.0)
        monkeypatch.setattr(MainWindow, "isActiveWindow", lambda self: True)
        w.changeEvent(QEvent(QEvent.Type.ActivationChange))
        assert ("Client C" in names()) is (not mine.is_sqlite)
        w.close()
    finally:
        theirs.close()
        mine.close()

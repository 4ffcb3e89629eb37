"""The main window: navigation sidebar, pages, profile switcher, status bar.

The navigation is built from ``PAGES`` without importing any page: a page's module is imported and the page
built when it is first shown (or asked for through ``page(key)`` / ``pages[key]``); until then a placeholder
holds its place in the stack. Pages are rebuilt on a language switch (the page on screen at once, the others
when shown), so the whole window re-translates without a restart; everything the user entered is in the
database already.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.i18n import tr_error
from desktop.services import profiles
from desktop.services import settings as app_settings
from desktop.store import changes
from desktop.store import db as store_db
from desktop.ui import form_state, i18n, messages
from desktop.ui.sources import status_line
from desktop.ui.undo import UndoManager
from desktop.ui.widgets import tab_leaves_tables

if TYPE_CHECKING:
    from desktop.ui.glossary_panel import GlossaryDock
    from desktop.ui.pages.base import Page


class PageDef(NamedTuple):
    """One entry of the navigation: the page's key, where its class lives and its title (translated in the
    page class's own context, the one its ``title()`` uses)."""

    key: str
    module: str
    cls: str
    title_source: str

    def title(self) -> str:
        return QCoreApplication.translate(self.cls, self.title_source)


PAGES = (
    PageDef("dashboard", "desktop.ui.pages.dashboard", "DashboardPage",
            QT_TRANSLATE_NOOP("DashboardPage", "Dashboard")),
    PageDef("equipment", "desktop.ui.pages.equipment", "EquipmentPage",
            QT_TRANSLATE_NOOP("EquipmentPage", "Equipment")),
    PageDef("energy", "desktop.ui.pages.energy", "EnergyPage", QT_TRANSLATE_NOOP("EnergyPage", "Energy")),
    PageDef("mining", "desktop.ui.pages.mining", "MiningPage", QT_TRANSLATE_NOOP("MiningPage", "Mining & holdings")),
    PageDef("calculator", "desktop.ui.pages.calculator", "CalculatorPage",
            QT_TRANSLATE_NOOP("CalculatorPage", "Mining calculator")),
    PageDef("market", "desktop.ui.pages.market", "MarketPage", QT_TRANSLATE_NOOP("MarketPage", "Market data")),
    PageDef("loans", "desktop.ui.pages.loans", "LoansPage", QT_TRANSLATE_NOOP("LoansPage", "Loans")),
    PageDef("package", "desktop.ui.pages.package", "PackagePage", QT_TRANSLATE_NOOP("PackagePage", "Bank package")),
    PageDef("settings", "desktop.ui.pages.settings", "SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
)
PAGE_KEYS = tuple(d.key for d in PAGES)


class PagePlaceholder(QWidget):
    """Holds a page's place in the stack until the page is first shown."""

    def __init__(self, key: str):
        super().__init__()
        self.key = key
        self.setObjectName(f"placeholder_{key}")


class LazyPages(Mapping):
    """``window.pages``: every page by key, each built (and its module imported) on first access.
    Iterating it builds them all; ``built()`` gives only those that exist."""

    def __init__(self, window: MainWindow):
        self._window = window

    def __getitem__(self, key: str) -> Page:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)

    def __contains__(self, key: object) -> bool:
        return key in PAGE_KEYS

    def built(self) -> dict[str, Page]:
        return dict(self._window._built)


class MainWindow(QMainWindow):
    profile_changed = Signal(object)

    def __init__(self, db: store_db.Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.profile_id: int | None = None
        self.setMinimumSize(960, 620)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(220)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._page_selected)

        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileSwitcher")
        self.profile_combo.setMinimumWidth(260)
        self.profile_combo.currentIndexChanged.connect(self._profile_picked)
        self.db_status = QLabel()
        self.online_status = QLabel()
        self.statusBar().addWidget(self.db_status, 1)
        self.statusBar().addPermanentWidget(self.online_status)

        self._kept_inputs: dict[str, form_state.State] = {}  # page inputs kept across a language switch
        self._built: dict[str, Page] = {}  # the pages built so far, by key (the others are placeholders)
        self.pages = LazyPages(self)  # every page by key, built on first access
        self._stale: set[Page] = set()  # built pages to refresh when shown (data changed elsewhere)
        self._glossary_dock = None  # Help ▸ What does this mean? (F1): built when first asked for
        self.undo = UndoManager(self)  # Records ▸ Undo / Redo: one history per profile (desktop/ui/undo.py)
        self.undo.applied.connect(self._undo_applied)
        self.undo.refused.connect(self._undo_refused, Qt.ConnectionType.QueuedConnection)
        self._build_ui()
        self._reload_profiles()
        self._loaded_at = time.monotonic()  # the last read of the database (reload on return to the window)
        self._restore_state()

    # ---- building -------------------------------------------------------------------------------------
    def _build_ui(self, keep_history: bool = False) -> None:
        """(Re)build everything that carries text: menus, toolbar, navigation and pages."""
        title = f"{APP_NAME} {__version__}"
        self.setWindowTitle(title if self.db.is_sqlite else self.tr("{0} (shared database)").format(title))
        self.menuBar().clear()
        if not keep_history:  # after a restore the steps are of another file
            self.undo.clear()
            self._kept_inputs.clear()
        self.undo.set_available(changes.undo_supported(self.db))  # not on a shared database
        self.undo.set_profile(self.profile_id)
        for tb in self.findChildren(QToolBar):
            self.removeToolBar(tb)
            tb.deleteLater()
        self._build_actions()
        self._build_pages()
        self._update_status()

    def _build_actions(self) -> None:
        profile_menu = self.menuBar().addMenu(self.tr("&Profile"))
        self.act_new_profile = QAction(self.tr("&New profile…"), self)
        self.act_new_profile.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.act_new_profile.triggered.connect(self.new_profile)
        self.act_edit_profile = QAction(self.tr("&Edit or rename profile…"), self)
        self.act_edit_profile.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.act_edit_profile.triggered.connect(self.edit_profile)
        self.act_delete_profile = QAction(self.tr("&Delete profile…"), self)
        self.act_delete_profile.triggered.connect(self.delete_profile)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for a in (self.act_new_profile, self.act_edit_profile, self.act_delete_profile):
            profile_menu.addAction(a)
        profile_menu.addSeparator()
        profile_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Records"))
        edit_menu.setToolTipsVisible(True)  # why Undo is off on a shared database
        for old in (getattr(self, "act_undo", None), getattr(self, "act_redo", None)):
            if old is not None:
                old.deleteLater()
        self.act_undo, self.act_redo = self.undo.create_actions(self)
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        self.act_add = QAction(self.tr("&Add…"), self)
        self.act_add.setShortcut(QKeySequence.StandardKey.New)
        self.act_add.triggered.connect(lambda: self.current_page().add_item())
        self.act_edit = QAction(self.tr("&Edit…"), self)
        self.act_edit.setShortcut(QKeySequence("Ctrl+E"))
        self.act_edit.triggered.connect(lambda: self.current_page().edit_item())
        self.act_delete = QAction(self.tr("&Delete…"), self)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_delete.triggered.connect(lambda: self.current_page().delete_items())
        for a in (self.act_add, self.act_edit, self.act_delete):
            edit_menu.addAction(a)

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.act_switch_focus = QAction(self.tr("&Navigation ⇄ page"), self)
        self.act_switch_focus.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.act_switch_focus.triggered.connect(self.toggle_navigation_focus)
        self.go_menu.addAction(self.act_switch_focus)
        self.act_reload = QAction(self.tr("&Reload from the database"), self)
        self.act_reload.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.act_reload.setToolTip(self.tr("Show what others saved meanwhile (another advisor on a shared database, "
                                           "another window, the command line)"))
        self.act_reload.triggered.connect(self.reload_from_database)
        self.go_menu.addAction(self.act_reload)
        self.go_menu.addSeparator()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_glossary = QAction(self.tr("What does this &mean?"), self)
        self.act_glossary.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.act_glossary.triggered.connect(lambda: self.show_glossary())
        help_menu.addAction(self.act_glossary)
        self.act_welcome = QAction(self.tr("&Welcome…"), self)
        self.act_welcome.triggered.connect(self.show_welcome)
        help_menu.addAction(self.act_welcome)
        about = QAction(self.tr("&About HashPledge"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        bar = QToolBar(self.tr("Profile"))
        bar.setObjectName("profileToolbar")
        bar.setMovable(False)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(4, 0, 4, 0)
        label = QLabel(self.tr("Pro&file:"))
        label.setBuddy(self.profile_combo)
        row.addWidget(label)
        row.addWidget(self.profile_combo)
        bar.addWidget(holder)
        bar.addAction(self.act_new_profile)
        bar.addAction(self.act_edit_profile)
        bar.addAction(self.act_delete_profile)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_pages(self) -> None:
        """The navigation from ``PAGES`` and a placeholder per page; only the page to show is built now:
        the one on screen before a rebuild, else the one shown when the window was last closed."""
        current = self.nav.currentRow()
        if current < 0:
            remembered = QSettings().value("ui/page", "dashboard")
            current = PAGE_KEYS.index(remembered) if remembered in PAGE_KEYS else 0
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self._built = {}
        self._stale.clear()
        for old in getattr(self, "_go_actions", []):  # from before a rebuild: two Ctrl+1 would both be dead
            self.removeAction(old)
            old.deleteLater()
        self._go_actions: list[QAction] = []
        for n, definition in enumerate(PAGES):
            title = definition.title()
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, definition.key)
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(title, n + 1))
            self.nav.addItem(item)
            self.stack.addWidget(PagePlaceholder(definition.key))
            action = QAction(title, self)
            if n < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _=False, i=n: self.nav.setCurrentRow(i))
            self.go_menu.addAction(action)
            self.addAction(action)
            self._go_actions.append(action)
        self.nav.blockSignals(False)
        self.nav.setCurrentRow(current)
        self._page_selected(self.nav.currentRow())

    def page(self, key: str) -> Page:
        """The page ``key``, built now (its module imported, its signals connected) if it was not yet."""
        page = self._built.get(key)
        if page is not None:
            return page
        index = PAGE_KEYS.index(key)
        definition = PAGES[index]
        cls = getattr(importlib.import_module(definition.module), definition.cls)
        page = cls(self.db)
        page.setObjectName(f"page_{key}")
        tab_leaves_tables(page)  # Tab moves on from a table; the arrows move within it
        page.data_changed.connect(self._data_changed)
        page.change_recorded.connect(self.undo.push)
        if key == "settings":
            page.language_changed.connect(self.set_language)
            page.online_changed.connect(self._online_changed)
            page.restore_requested.connect(self.restore_backup)
            page.database_chosen.connect(self.use_database)
        elif key == "market":
            page.status_changed.connect(self._update_status)
        placeholder = self.stack.widget(index)
        was_current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            self.stack.setCurrentIndex(index)
        self._built[key] = page
        self._stale.add(page)  # loads (set_profile) when it is first shown
        return page

    def _restore_inputs(self, page: Page | None) -> None:
        """Inputs kept from before a language switch, put back once the page has loaded its data."""
        if page is None:
            return
        key = page.objectName().removeprefix("page_")
        state = self._kept_inputs.pop(key, None)
        if state:
            form_state.restore(page, state)

    def built_pages(self) -> list[Page]:
        """The pages built so far (the others load everything when they are first shown)."""
        return list(self._built.values())

    # ---- pages and profiles ------------------------------------------------------------------------------
    def current_page(self) -> Page | None:
        """The page on screen (built now if it was not yet); None before the navigation has a row."""
        row = self.nav.currentRow()
        return self.page(PAGE_KEYS[row]) if row >= 0 else None

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def toggle_navigation_focus(self) -> None:
        """F6: from the navigation into the page (its first control); from anywhere else to the navigation."""
        if not self.nav.hasFocus():
            self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        page = self.current_page()
        widget = page.nextInFocusChain()
        while widget is not None and page.isAncestorOf(widget):
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus \
                    and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _page_selected(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGE_KEYS[row])  # built on its first show
        self.stack.setCurrentIndex(row)
        if page in self._stale:
            self._stale.discard(page)
            page.set_profile(self.profile_id)  # refreshes it
        self._restore_inputs(page)
        self.act_add.setEnabled(page.can_add and self.profile_id is not None)
        self.act_edit.setEnabled(page.can_edit and self.profile_id is not None)
        self.act_delete.setEnabled(page.can_delete and self.profile_id is not None)

    def _reload_profiles(self, select_id: int | None = None) -> None:
        rows = profiles.list_profiles(self.db)
        wanted = select_id if select_id is not None else self.profile_id
        if wanted is None:
            saved = QSettings().value("ui/last_profile", None)
            wanted = int(saved) if saved not in (None, "") else None
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for row in rows:
            self.profile_combo.addItem(row.name, row.id)
        index = self.profile_combo.findData(wanted) if wanted is not None else -1
        self.profile_combo.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.profile_combo.blockSignals(False)
        self._profile_picked()

    def _profile_picked(self) -> None:
        self.profile_id = self.profile_combo.currentData()
        has = self.profile_id is not None
        self.act_edit_profile.setEnabled(has)
        self.act_delete_profile.setEnabled(has)
        if has:
            QSettings().setValue("ui/last_profile", self.profile_id)
        # Only the page on screen loads now; the others load when they are shown (a quicker start and switch).
        current = self.current_page()
        self._stale = {page for page in self.built_pages() if page is not current}
        if current is not None:
            current.set_profile(self.profile_id)
        self._page_selected(self.nav.currentRow())
        self.undo.set_profile(self.profile_id)
        self.profile_changed.emit(self.profile_id)

    def _data_changed(self) -> None:
        """A page wrote to the database: the others are stale; each refreshes when it is next shown."""
        sender = self.sender()
        self._stale.update(page for page in self.built_pages() if page is not sender)
        self._update_status()

    def _undo_applied(self, _profile_id) -> None:
        """Records ▸ Undo or Redo wrote to the database: the page on screen shows it now, the others when shown."""
        current = self.current_page()
        self._stale = {page for page in self.built_pages() if page is not current}
        if current is not None:
            current.refresh()
        self._update_status()

    def _undo_refused(self, title: str, text: str) -> None:
        messages.error(self, title, text)

    def new_profile(self) -> None:
        from desktop.ui.dialogs.profile_dialog import ProfileDialog

        dialog = ProfileDialog(lambda data: profiles.create_profile(self.db, data), self)
        if dialog.exec() and dialog.saved:
            self._reload_profiles(select_id=dialog.saved.id)

    def edit_profile(self) -> None:
        if self.profile_id is None:
            return
        from desktop.ui.dialogs.profile_dialog import ProfileDialog

        current = profiles.get_profile(self.db, self.profile_id)
        # refused if someone else saved the profile meanwhile: the dialog shows what differs and asks
        dialog = ProfileDialog(lambda data: profiles.update_profile(self.db, current.id, data, version=dialog.version),
                               self, current)
        dialog.changed_elsewhere.connect(lambda: self._reload_profiles())
        if dialog.exec() and dialog.saved:
            self._reload_profiles(select_id=dialog.saved.id)

    def delete_profile(self) -> None:
        if self.profile_id is None:
            return
        current = profiles.get_profile(self.db, self.profile_id)
        summary = profiles.profile_summary(self.db, current.id)
        if self.db.is_sqlite:
            text = self.tr("Delete the profile '{0}' and everything recorded for it ({1} machines, {2} payouts, "
                           "{3} energy records)?\n\nA backup of the database is made first.")
        else:  # a server's backups are its administrator's (pg_dump); the app has no file to copy
            text = self.tr("Delete the profile '{0}' and everything recorded for it ({1} machines, {2} payouts, "
                           "{3} energy records)?\n\nThis is the shared database: the profile is deleted for every "
                           "advisor at once and cannot be undone here.")
        text = text.format(current.name, summary.machines, summary.payouts, summary.energy_records)
        if not messages.confirm(self, self.tr("Delete profile"), text):
            return
        if self.db.is_sqlite:
            store_db.make_backup(self.db.path, "before-delete")
        try:
            profiles.delete_profile(self.db, current.id, version=current.version)
        except profiles.ProfileConflict as exc:  # renamed or edited by someone else since it was shown
            messages.error(self, self.tr("Delete profile"), str(exc))
            self._reload_profiles()
            return
        self.undo.forget(current.id)
        self.profile_id = None
        self._reload_profiles()

    # ---- language, status, backups -------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch live without losing work: what was typed or chosen on the pages comes back (each page when it
        is next shown), and the undo history is kept (the database has not changed)."""
        kept = {key: form_state.snapshot(page) for key, page in self._built.items()}
        i18n.install(code)
        self._build_ui(keep_history=True)
        self._kept_inputs.update(kept)
        self._restore_inputs(self.current_page())
        if self._glossary_dock is not None:
            self._glossary_dock.retranslate()

    def _online_changed(self, _online: bool) -> None:
        self._update_status()
        market = self._built.get("market")
        if market is not None:  # not built yet: it reads the setting when it is first shown
            market.refresh()

    def _update_status(self) -> None:
        self.db_status.setText(self.tr("Database: {0}").format(self.db.location))  # never a password
        online = app_settings.get(self.db, app_settings.ONLINE_ALLOWED)
        self.online_status.setText(status_line(self.db))
        self.online_status.setToolTip(self.tr("Online data allowed") if online
                                      else self.tr("No network request is sent; bundled and cached data are used"))

    AUTO_RELOAD_AFTER_S = 30.0

    def reload_from_database(self) -> None:
        """Go ▸ Reload (F5): the profiles and the page on screen read again, the other pages when shown — what
        another advisor, window or command saved meanwhile appears. Typed inputs are kept (pages refresh their
        data, not their forms)."""
        self._loaded_at = time.monotonic()
        self._reload_profiles()
        self._update_status()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        """On a shared database, coming back to the window after a while reloads it: colleagues may have
        changed the client meanwhile (at most every AUTO_RELOAD_AFTER_S seconds; F5 at any time)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self.db.is_sqlite \
                and QApplication.activeModalWidget() is None \
                and time.monotonic() - self._loaded_at > self.AUTO_RELOAD_AFTER_S:
            self.reload_from_database()

    def use_database(self, database: store_db.Database) -> None:
        """Work on ``database`` from now on (Settings ▸ Database, a restored backup): the one in use is closed,
        the undo history (of the other database) dropped and every page rebuilt on the new one. Whoever opened
        it took care of the file lock (Settings ▸ Database, desktop.ui.db_guard)."""
        old, self.db = self.db, database
        if old is not database:
            old.close()
        self.profile_id = None
        self._build_ui()
        self._reload_profiles()
        if database.warning is not None:
            messages.warning(self, self.tr("Database"), tr_error(database.warning))

    def restore_backup(self, path: str) -> None:
        if not self.db.is_sqlite:  # a shared database has no backup files (Settings disables the group)
            return
        db_path = self.db.path
        self.db.close()
        try:
            store_db.restore_backup(db_path, Path(path))
            new_db = store_db.open_database(db_path)
        except (store_db.StoreError, OSError) as exc:
            messages.error(self, self.tr("Restore failed"), tr_error(exc))
            new_db = store_db.open_database(db_path)
        self.use_database(new_db)
        messages.info(self, self.tr("Backup restored"), self.tr("The data of {0} is now in use.").format(path))

    def show_about(self) -> None:
        attribution = self.tr("BTC price and network difficulty: Coin Metrics Community Data (CC BY-NC 4.0). "
                              "USD/RUB: official rates of the Bank of Russia.")
        messages.info(self, self.tr("About HashPledge"), self.tr(
            "HashPledge {0}\nFarm books, loan simulation and bank collateral packages for Bitcoin miners.\n\n"
            "Bundled data: {1}").format(__version__, attribution))

    @property
    def glossary_dock(self) -> GlossaryDock:
        """The glossary on the right (hidden until asked for), built on first use."""
        if self._glossary_dock is None:
            from desktop.ui.glossary_panel import GlossaryDock

            self._glossary_dock = GlossaryDock(self)
            self._glossary_dock.hide()
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._glossary_dock)
        return self._glossary_dock

    def show_glossary(self, key: str | None = None) -> None:
        """The glossary dock at ``key``; without one, at the term of the focused field (F1)."""
        self.glossary_dock.open(key)

    # ---- first-run welcome ------------------------------------------------------------------------------------
    def maybe_welcome(self):
        """Open the welcome wizard when the database has no profile yet (called by ``run_gui`` only)."""
        if profiles.list_profiles(self.db):
            return None
        return self.show_welcome()

    def show_welcome(self):
        """The welcome wizard (Help ▸ Welcome…), window-modal; selects what it created when it is done."""
        from desktop.ui.dialogs.welcome_dialog import WelcomeWizard

        self.welcome = WelcomeWizard(self.db, self)
        self.welcome.finished.connect(lambda _result, w=self.welcome: self._welcome_done(w))
        self.welcome.open()
        return self.welcome

    def _welcome_done(self, wizard) -> None:
        self.welcome = None
        wizard.deleteLater()
        self._reload_profiles(select_id=wizard.profile_id)  # the other pages reload when next shown
        if wizard.result() and wizard.open_page:
            self.show_page(wizard.open_page)

    # ---- window state ------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("ui/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        # the page shown last ("ui/page") is the one _build_pages built and selected

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        settings = QSettings()
        settings.setValue("ui/geometry", self.saveGeometry())
        settings.setValue("ui/page", PAGE_KEYS[self.nav.currentRow()])
        super().closeEvent(event)

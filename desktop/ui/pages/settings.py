"""Settings: language, display currency, online data, the database in use, backups.

Settings ▸ Database says which database is open — a file on this computer or a bank's shared PostgreSQL
server — and switches to another: a shared one (desktop.ui.dialogs.connect_dialog), a file of the user's
choice or the default file. The new database is opened off the GUI thread and handed to the main window
(``database_chosen``), which rebuilds its pages on it; the choice is saved for the next start
(desktop.services.db_access). A file is claimed first (one window per file, desktop.ui.db_guard); a shared
database needs no lock. Backups are of files only: a server's are made by its administrator (pg_dump).

"Copy this database to…" copies the books in use into a shared database or a new file
(desktop.ui.dialogs.copy_dialog) and may switch to the copy. Connecting from a file with profiles to a shared
database without any offers that copy first, in one question (default No).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from sqlalchemy import func, select

from desktop.core.farm import BAND_LABELS, EFFICIENCY_BANDS
from desktop.core.money import CURRENCIES, CURRENCY_DIGITS, decimals_in
from desktop.i18n import tr_error
from desktop.paths import default_db_path
from desktop.services import db_access
from desktop.services import settings as app_settings
from desktop.store import db as store_db
from desktop.store.models import Profile
from desktop.ui import amount_input, db_guard, formatting, i18n, messages, theme
from desktop.ui.dialogs.base import plain_label
from desktop.ui.dialogs.connect_dialog import ConnectDialog, open_in_background
from desktop.ui.dialogs.copy_dialog import CopyDialog
from desktop.ui.pages.base import Page
from desktop.ui.widgets import error_label, scrolling_body


def choose_database_file(parent, directory: str) -> str:
    """A database file to use: an existing one is opened, a new name creates one — never "replace?", since
    nothing is replaced. '' when cancelled."""
    dialog = QFileDialog(parent, QCoreApplication.translate("SettingsPage", "Database file"), directory,
                         QCoreApplication.translate("SettingsPage", "HashPledge database (*.sqlite3);;All files (*)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    dialog.setDefaultSuffix("sqlite3")
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("SettingsPage", "Use"))
    try:
        return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
    finally:
        dialog.deleteLater()


def _profiles(database: store_db.Database) -> int:
    """How many profiles ``database`` holds (a plain read: no writers' lock on a server)."""
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Profile)) or 0


class SettingsPage(Page):
    language_changed = Signal(str)
    online_changed = Signal(bool)
    restore_requested = Signal(str)  # path of the backup to restore
    database_chosen = Signal(object)  # a Database, open: the window switches to it

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.opening = None  # the database file being opened (a workers.Task), for tests to wait on
        self.copy_dialog: CopyDialog | None = None  # the copy dialog while it is open, for tests
        layout = scrolling_body(self)  # scrolls rather than squeezes in a small window

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_language())))
        self.language.currentIndexChanged.connect(self._language_picked)
        form.addRow(self.tr("&Language:"), self.language)

        self.appearance = QComboBox()
        self.appearance.setObjectName("appearance")
        for code, name in (("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.appearance.addItem(name, code)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(theme.mode())))
        self.appearance.setToolTip(self.tr("System: light or dark as the desktop is, and switching with it."))
        self.appearance.currentIndexChanged.connect(self._appearance_picked)
        form.addRow(self.tr("&Appearance:"), self.appearance)

        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.currentIndexChanged.connect(self._currency_picked)
        form.addRow(self.tr("Display &currency:"), self.currency)

        self.online = QCheckBox(self.tr("Online data allowed (prices, rates, difficulty, balances)"))
        self.online.setToolTip(self.tr("When off, HashPledge sends no request at all and works on bundled data."))
        self.online.toggled.connect(self._online_toggled)
        form.addRow(self.tr("&Network:"), self.online)
        layout.addWidget(general)

        farm = QGroupBox(self.tr("Farm assumptions"))
        farm.setToolTip(self.tr("Used for the expected consumption and production, the cost per BTC and the "
                                "equipment value."))
        fl = QGridLayout(farm)
        self.life = QSpinBox()
        self.life.setRange(1, 240)
        self.life.setSuffix(self.tr(" months"))
        self.uptime = QLineEdit()
        self.pool_fee = QLineEdit()
        self.fees = QLineEdit()
        for w in (self.life, self.uptime, self.pool_fee, self.fees):
            w.setMaximumWidth(160)
        self._field_names: dict[object, str] = {}  # a field's name in a message
        for n, (label, widget) in enumerate(((self.tr("Equipment &life (straight-line):"), self.life),
                                             (self.tr("&Uptime, %:"), self.uptime),
                                             (self.tr("&Pool fee, %:"), self.pool_fee),
                                             (self.tr("&Fees per block, BTC:"), self.fees))):
            lab = QLabel(label)
            lab.setBuddy(widget)
            self._field_names[widget] = plain_label(label)
            fl.addWidget(lab, n, 0)
            fl.addWidget(widget, n, 1)
        fl.addWidget(QLabel(self.tr("Market price per TH/s:")), 0, 2)
        fl.addWidget(QLabel("RUB"), 0, 3)
        fl.addWidget(QLabel("USD"), 0, 4)
        fl.setColumnStretch(5, 1)
        self.band_edits: dict[tuple[str, str], QLineEdit] = {}
        for n, (band, _upper) in enumerate(EFFICIENCY_BANDS):
            fl.addWidget(QLabel(BAND_LABELS[band]), n + 1, 2)
            for c, cur in enumerate(("RUB", "USD")):
                edit = QLineEdit()
                edit.setMaximumWidth(140)
                edit.setPlaceholderText(cur)
                edit.setToolTip(self.tr("Price per TH/s in {0}").format(cur))
                self._field_names[edit] = self.tr("Price per TH/s in {0}, {1}").format(cur, BAND_LABELS[band])
                edit.editingFinished.connect(self._save_prices)
                self.band_edits[(band, cur)] = edit
                fl.addWidget(edit, n + 1, 3 + c)
        self.farm_error = error_label()
        fl.addWidget(self.farm_error, 5, 0, 1, 5)
        self.life.valueChanged.connect(lambda v: self._save_setting(app_settings.LIFE_MONTHS, v))
        self.uptime.editingFinished.connect(lambda: self._save_percent(app_settings.UPTIME_PERCENT, self.uptime))
        self.pool_fee.editingFinished.connect(lambda: self._save_percent(app_settings.POOL_FEE_PERCENT, self.pool_fee))
        self.fees.editingFinished.connect(self._save_fees)
        layout.addWidget(farm)

        storage = QGroupBox(self.tr("Database"))
        sl = QVBoxLayout(storage)
        row = QHBoxLayout()  # what is open, and what can be done with it (a file's folder, a server's password)
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLocation")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Open data folder"))
        self.open_folder.clicked.connect(self._open_folder)
        self.forget_button = QPushButton(self.tr("For&get the saved password"))
        self.forget_button.setToolTip(self.tr("Remove this database's password from the system keyring: "
                                              "it is asked for at the next start."))
        self.forget_button.clicked.connect(self._forget_password)
        row.addWidget(self.db_label, 1)
        row.addWidget(self.open_folder)
        row.addWidget(self.forget_button)
        sl.addLayout(row)
        self.db_note = QLabel()
        self.db_note.setWordWrap(True)
        theme.set_tone(self.db_note, "muted")
        sl.addWidget(self.db_note)
        row = QHBoxLayout()  # another database
        self.connect_button = QPushButton(self.tr("Connect to a &shared database…"))
        self.connect_button.setToolTip(self.tr("A PostgreSQL server where the advisors of a bank share one "
                                               "database."))
        self.connect_button.clicked.connect(self.connect_shared)
        self.file_button = QPushButton(self.tr("Use a local fil&e…"))
        self.file_button.setToolTip(self.tr("Open a database file on this computer, or create a new one."))
        self.file_button.clicked.connect(self.use_file)
        self.default_button = QPushButton(self.tr("Use the &default file"))
        self.default_button.setToolTip(str(default_db_path()))
        self.default_button.clicked.connect(self.use_default_file)
        for button in (self.connect_button, self.file_button, self.default_button):
            row.addWidget(button)
        row.addStretch(1)
        sl.addLayout(row)
        row = QHBoxLayout()  # the books elsewhere
        self.copy_button = QPushButton(self.tr("Cop&y this database to…"))
        self.copy_button.setObjectName("copyDatabase")
        self.copy_button.setToolTip(self.tr("Copy every record into a shared database or a new file, checked "
                                            "table by table; this database is not changed."))
        self.copy_button.clicked.connect(lambda: self.copy_database())
        row.addWidget(self.copy_button)
        row.addStretch(1)
        sl.addLayout(row)
        layout.addWidget(storage)

        self.backups = QGroupBox(self.tr("Backups"))
        bl = QVBoxLayout(self.backups)
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        bl.addWidget(self.backup_note)
        self.backup_list = QListWidget()
        bl.addWidget(self.backup_list)
        buttons = QHBoxLayout()
        self.backup_now = QPushButton(self.tr("&Back up now"))
        self.backup_now.clicked.connect(self._backup_now)
        self.restore = QPushButton(self.tr("&Restore selected…"))
        self.restore.clicked.connect(self._restore)
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        bl.addLayout(buttons)
        layout.addWidget(self.backups, 1)
        if not self.db.is_sqlite:  # no list to grow: the note and the greyed buttons at the top
            layout.setStretchFactor(self.backups, 0)
            layout.addStretch(1)
        self._show_database()
        self.refresh()

    def title(self) -> str:
        return self.tr("Settings")

    def _show_database(self) -> None:
        """What is open, and what can be done with it: a file has a folder and backups, a server neither
        (its backups are the administrator's) but may have a password in the keyring."""
        shared = not self.db.is_sqlite
        if shared:
            self.db_label.setText(self.tr("Shared server: {0}").format(self.db.location))  # never the password
            self.db_note.setText(self.tr("Every change is saved for all the advisors at once; undo is not "
                                         "available on a shared database."))
            self.backup_note.setText(self.tr("Backups of a shared database are made on the server (pg_dump) by "
                                             "its administrator."))
        else:
            self.db_label.setText(self.tr("File: {0}").format(self.db.location))
            self.backup_note.setText(self.tr("A backup is made automatically before every database upgrade. "
                                             "Restoring replaces the current data; the current file is backed "
                                             "up first."))
        self.db_note.setVisible(shared)
        self.backups.setToolTip(self.backup_note.text() if shared else "")
        self.open_folder.setVisible(not shared)
        self.forget_button.setVisible(shared)
        self.default_button.setEnabled(shared or self.db.path != default_db_path().expanduser().resolve())
        self.backup_list.setVisible(not shared)
        self.backup_now.setEnabled(not shared)

    def refresh(self) -> None:
        self.currency.blockSignals(True)
        self.currency.setCurrentIndex(max(0, self.currency.findData(app_settings.get(self.db, app_settings.DISPLAY_CURRENCY))))
        self.currency.blockSignals(False)
        self.online.blockSignals(True)
        self.online.setChecked(bool(app_settings.get(self.db, app_settings.ONLINE_ALLOWED)))
        self.online.blockSignals(False)
        self._load_farm()
        self.backup_list.clear()
        for path in store_db.list_backups(self.db.path) if self.db.is_sqlite else ():
            item = QListWidgetItem(self.tr("{0}  ({1} KiB)").format(
                path.name, formatting.number(path.stat().st_size // 1024)))
            item.setData(256, str(path))
            self.backup_list.addItem(item)
        self.restore.setEnabled(self.db.is_sqlite and self.backup_list.count() > 0)

    # ---- farm assumptions ---------------------------------------------------------------------------------
    def _load_farm(self) -> None:
        self.life.blockSignals(True)
        self.life.setValue(int(app_settings.get(self.db, app_settings.LIFE_MONTHS)))
        self.life.blockSignals(False)
        for edit, definition in ((self.uptime, app_settings.UPTIME_PERCENT),
                                 (self.pool_fee, app_settings.POOL_FEE_PERCENT),
                                 (self.fees, app_settings.FEES_PER_BLOCK_BTC)):
            edit.setText(amount_input.edit_text(Decimal(str(app_settings.get(self.db, definition)))))
        table = app_settings.price_table(self.db)
        for (band, cur), edit in self.band_edits.items():
            value = table.get(band, {}).get(cur)
            edit.setText(amount_input.edit_text(value))
        self.farm_error.clear()

    def _save_setting(self, definition, value) -> None:
        app_settings.put(self.db, definition, value)
        self.farm_error.clear()
        self.data_changed.emit()

    def _number(self, edit: QLineEdit, maximum: Decimal | None = None, decimals: int | None = None) -> Decimal | None:
        """The number in ``edit`` by the shared rules; a message naming the field when it cannot be used."""
        name = self._field_names.get(edit, "")
        try:
            value = amount_input.read(edit, name, decimals=decimals)
        except amount_input.AmountInputError as exc:
            self.farm_error.setText(str(exc))
            edit.setFocus()
            return None
        if maximum is not None and value > maximum:
            self.farm_error.setText(amount_input.field_message(name, self.tr("{0} is more than {1}.").format(
                formatting.number(value, decimals_in(value)), formatting.number(maximum))))
            edit.setFocus()
            return None
        return value

    def _save_percent(self, definition, edit: QLineEdit) -> None:
        value = self._number(edit, Decimal(100), amount_input.PERCENT_DECIMALS)
        if value is not None:
            self._save_setting(definition, format(value, "f"))

    def _save_fees(self) -> None:
        value = self._number(self.fees, Decimal(10), amount_input.BTC_DECIMALS)
        if value is not None:
            self._save_setting(app_settings.FEES_PER_BLOCK_BTC, format(value, "f"))

    def _save_prices(self) -> None:
        table = app_settings.price_table(self.db)
        for (band, cur), edit in self.band_edits.items():
            value = self._number(edit, decimals=CURRENCY_DIGITS[cur])
            if value is None:
                return
            table[band][cur] = value
        app_settings.put_price_table(self.db, table)
        self.farm_error.clear()
        self.data_changed.emit()

    def _language_picked(self) -> None:
        code = self.language.currentData()
        i18n.save_language(code)
        self.language_changed.emit(code)

    def _appearance_picked(self) -> None:
        mode = self.appearance.currentData()
        theme.save_mode(mode)
        theme.apply(mode)

    def _currency_picked(self) -> None:
        app_settings.put(self.db, app_settings.DISPLAY_CURRENCY, self.currency.currentData())
        self.data_changed.emit()

    def _online_toggled(self, on: bool) -> None:
        app_settings.put(self.db, app_settings.ONLINE_ALLOWED, on)
        self.online_changed.emit(on)

    def _open_folder(self) -> None:
        if self.db.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.path.parent)))

    # ---- the database in use ------------------------------------------------------------------------------
    def connect_shared(self) -> None:
        """Settings ▸ Database ▸ Connect to a shared database: the dialog opens it and saves the choice."""
        dialog = ConnectDialog(self, None if self.db.is_sqlite else self.db.location)
        try:
            shared = dialog.database if dialog.exec() else None
        finally:
            dialog.deleteLater()
        if shared is None:
            return
        if self._offers_copy(shared) and messages.confirm(self, self.tr("Shared database"), self.tr(
                "The shared database is empty. Copy this computer's books into it?")):
            self.copy_database(shared)
        self._switch_to(shared)

    def _offers_copy(self, shared: store_db.Database) -> bool:
        """Whether to offer copying this file's books into ``shared``: it has profiles, the server none."""
        return self.db.is_sqlite and _profiles(self.db) > 0 and _profiles(shared) == 0

    def copy_database(self, target: store_db.Database | None = None) -> None:
        """Settings ▸ Database ▸ Copy this database to…: the dialog copies the database in use (through this
        window's connection) into another; "Switch to the copy now" switches the window to it and remembers
        it. ``target``: a database the caller opened (and switches to itself) — then the dialog offers no
        switch."""
        dialog = CopyDialog(self.db, self, target)
        self.copy_dialog = dialog  # for tests
        try:
            dialog.exec()
            copy = dialog.take_copy()
        finally:
            self.copy_dialog = None
            dialog.deleteLater()
        if copy is not None:
            self._use_copy(copy)

    def _use_copy(self, copy: store_db.Database) -> None:
        if copy.path is not None and not db_guard.claim(copy.path, self.window()):  # another window has it
            copy.close()
            return
        db_access.save_location(copy.location)
        self._switch_to(copy)

    def use_file(self) -> None:
        folder = self.db.path.parent if self.db.path is not None else default_db_path().parent
        chosen = choose_database_file(self, str(folder))
        if chosen:
            self.open_file(Path(chosen), remember=True)

    def use_default_file(self) -> None:
        self.open_file(default_db_path(), remember=False)

    def open_file(self, path: Path, *, remember: bool) -> None:
        """Switch to the database file ``path`` (created when new), opened off the GUI thread. ``remember``:
        save it for the next start; else the saved choice is cleared (the default file is used)."""
        path = Path(path).expanduser().resolve()
        saved = str(path) if remember else None
        if self.db.path == path:  # already in use: only the choice for the next start changes
            db_access.save_location(saved)
            return
        if not db_guard.claim(path, self.window()):  # open in another window, and the user kept it there
            return

        def done(database: store_db.Database) -> None:
            db_access.save_location(saved)
            self._switch_to(database)

        def failed(exc: Exception) -> None:
            self._keep_lock()
            messages.error(self, self.tr("Cannot open the database"), tr_error(exc))

        self.opening = open_in_background(self, path, done, failed, on_cancel=self._keep_lock,
                                          title=self.tr("Database"),
                                          label=self.tr("Opening {0}…").format(path))

    def _keep_lock(self) -> None:
        """The new file was not opened: hold the lock of the one in use again (claiming the new one let it go)."""
        if self.db.path is not None:
            db_guard.claim(self.db.path, self.window())
        else:
            db_guard.release()

    def _switch_to(self, database: store_db.Database) -> None:
        if database.path is None:  # a shared database: no file of this window to keep others off
            db_guard.release()
        self.database_chosen.emit(database)

    def _forget_password(self) -> None:
        location = self.db.location
        if db_access.forget_password(location):
            messages.info(self, self.tr("Password forgotten"), self.tr(
                "The password of {0} was removed from the system keyring; it is asked for at the next start.")
                .format(location))
        else:
            messages.info(self, self.tr("Password forgotten"), self.tr(
                "No password of {0} was saved in the system keyring.").format(location))

    # ---- backups -------------------------------------------------------------------------------------------
    def _backup_now(self) -> None:
        if self.db.path is None:
            return
        try:
            path = store_db.make_backup(self.db.path, "manual")
        except OSError as exc:
            messages.error(self, self.tr("Backup failed"), self.tr("Could not write the backup: {0}").format(exc))
            return
        self.refresh()
        messages.info(self, self.tr("Backup made"), self.tr("Saved to {0}").format(path))

    def _restore(self) -> None:
        item = self.backup_list.currentItem() or self.backup_list.item(0)
        if item is None:
            return
        path = item.data(256)
        if messages.confirm(self, self.tr("Restore backup"),
                            self.tr("Replace the current data by the backup\n{0}?\n\n"
                                    "The current database is backed up first.").format(path)):
            self.restore_requested.emit(path)

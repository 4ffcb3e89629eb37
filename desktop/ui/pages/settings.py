"""Settings: language, display currency, online data, data folder, backups."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.money import CURRENCIES
from desktop.services import settings as app_settings
from desktop.store import db as store_db
from desktop.ui import i18n, messages
from desktop.ui.pages.base import Page


class SettingsPage(Page):
    language_changed = Signal(str)
    online_changed = Signal(bool)
    restore_requested = Signal(str)  # path of the backup to restore

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_language())))
        self.language.currentIndexChanged.connect(self._language_picked)
        form.addRow(self.tr("&Language:"), self.language)

        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.currentIndexChanged.connect(self._currency_picked)
        form.addRow(self.tr("Display &currency:"), self.currency)

        self.online = QCheckBox(self.tr("Online data allowed (prices, rates, difficulty, balances)"))
        self.online.setToolTip(self.tr("When off, HashPledge sends no request at all and works on bundled data."))
        self.online.toggled.connect(self._online_toggled)
        form.addRow(self.tr("Network:"), self.online)
        layout.addWidget(general)

        storage = QGroupBox(self.tr("Data"))
        sform = QFormLayout(storage)
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.db_label, 1)
        row.addWidget(open_folder)
        sform.addRow(self.tr("Database file:"), row)
        layout.addWidget(storage)

        backups = QGroupBox(self.tr("Backups"))
        bl = QVBoxLayout(backups)
        note = QLabel(self.tr("A backup is made automatically before every database upgrade. "
                              "Restoring replaces the current data; the current file is backed up first."))
        note.setWordWrap(True)
        bl.addWidget(note)
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
        layout.addWidget(backups, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        self.db_label.setText(str(self.db.path))
        self.currency.blockSignals(True)
        self.currency.setCurrentIndex(max(0, self.currency.findData(app_settings.get(self.db, app_settings.DISPLAY_CURRENCY))))
        self.currency.blockSignals(False)
        self.online.blockSignals(True)
        self.online.setChecked(bool(app_settings.get(self.db, app_settings.ONLINE_ALLOWED)))
        self.online.blockSignals(False)
        self.backup_list.clear()
        for path in store_db.list_backups(self.db.path):
            item = QListWidgetItem(f"{path.name}  ({path.stat().st_size // 1024} KiB)")
            item.setData(256, str(path))
            self.backup_list.addItem(item)
        self.restore.setEnabled(self.backup_list.count() > 0)

    def _language_picked(self) -> None:
        code = self.language.currentData()
        i18n.save_language(code)
        self.language_changed.emit(code)

    def _currency_picked(self) -> None:
        app_settings.put(self.db, app_settings.DISPLAY_CURRENCY, self.currency.currentData())
        self.data_changed.emit()

    def _online_toggled(self, on: bool) -> None:
        app_settings.put(self.db, app_settings.ONLINE_ALLOWED, on)
        self.online_changed.emit(on)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.path.parent)))

    def _backup_now(self) -> None:
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

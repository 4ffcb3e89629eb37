"""Settings: language, display currency, online data, data folder, backups."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from desktop.core.farm import BAND_LABELS, EFFICIENCY_BANDS
from desktop.core.money import CURRENCIES, CURRENCY_DIGITS, decimals_in
from desktop.services import settings as app_settings
from desktop.store import db as store_db
from desktop.ui import amount_input, formatting, i18n, messages, theme
from desktop.ui.dialogs.base import plain_label
from desktop.ui.pages.base import Page
from desktop.ui.widgets import error_label


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

        storage = QGroupBox(self.tr("Data"))
        sform = QFormLayout(storage)
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("&Open data folder"))
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
        self._load_farm()
        self.backup_list.clear()
        for path in store_db.list_backups(self.db.path):
            item = QListWidgetItem(self.tr("{0}  ({1} KiB)").format(
                path.name, formatting.number(path.stat().st_size // 1024)))
            item.setData(256, str(path))
            self.backup_list.addItem(item)
        self.restore.setEnabled(self.backup_list.count() > 0)

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

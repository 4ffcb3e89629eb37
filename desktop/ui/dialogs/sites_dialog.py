"""Sites of a profile: where the machines run and what a kWh costs there (tariffs, monthly fee).

``SitesDialog`` lists the sites with Add / Edit / Delete; ``SiteDialog`` edits one. Both save through
``desktop.services.records``; a validation error keeps the editor open with the message in red and the
field focused. Deleting a site that has energy records asks a second time and deletes them with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.money import CURRENCIES, CURRENCY_DIGITS, CURRENCY_SYMBOLS, from_minor, to_minor
from desktop.i18n import tr_error
from desktop.services import records
from desktop.services.records import RecordError, SiteData, SiteRow
from desktop.ui import amount_input, formatting, messages
from desktop.ui.dialogs.base import RecordDialog, not_saved
from desktop.ui.table_model import ROW_ROLE, Column, RowsModel, SortFilterModel

HUNDRED = Decimal(100)


def edit_text(value: Decimal | int | None) -> str:
    """A stored number as the user would type it: no grouping, the locale's decimal separator."""
    return amount_input.edit_text(value)


def decimals_of(value: Decimal, at_least: int = 0, at_most: int = 4) -> int:
    """How many decimals ``value`` really has (trailing zeros dropped), within the bounds."""
    exponent = Decimal(value).normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return max(at_least, min(at_most, places))


class FieldError(Exception):
    """Input the dialog could not read; ``field`` is the service's field name."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class SiteDialog(RecordDialog):
    """Add or edit one site. ``save(data)`` writes it (raising RecordError) and returns the site id."""

    errors = (FieldError, RecordError)

    def __init__(self, save: Callable[[SiteData], int | None], parent=None, site: SiteRow | None = None):
        super().__init__(save, parent)
        self.site = site
        self.setWindowTitle(self.tr("Edit site") if site else self.tr("New site"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Garage, or the hosting centre's name"))
        self.region = QLineEdit()
        self.region.setMaxLength(100)
        self.region.setPlaceholderText(self.tr("e.g. Irkutsk Oblast — regional mining rules depend on it"))
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.tariff = QLineEdit()
        self.tariff.setPlaceholderText(self.tr("e.g. 5,48"))
        self.tariff_unit = QLabel()
        self.tariff_night = QLineEdit()
        self.tariff_night.setPlaceholderText(self.tr("optional"))
        self.night_unit = QLabel()
        self.night_share = QLineEdit()
        self.night_share.setPlaceholderText(self.tr("optional, e.g. 40"))
        self.night_share.setMaximumWidth(160)
        self.monthly_fee = QLineEdit()
        self.monthly_fee.setPlaceholderText("0")
        self.fee_unit = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(64)

        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("&Tariff per kWh:"), with_unit(self.tariff, self.tariff_unit))
        form.addRow(self.tr("Ni&ght tariff per kWh:"), with_unit(self.tariff_night, self.night_unit))
        form.addRow(self.tr("Night &share, % of kWh:"), self.night_share)
        form.addRow(self.tr("Monthly &fee (hosting, rent):"), with_unit(self.monthly_fee, self.fee_unit))
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "With a night tariff, that share of the kWh is billed at it and the rest at the "
                "day tariff. Both or neither."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fields = {
            "name": self.name,
            "region": self.region,
            "currency": self.currency,
            "tariff": self.tariff,
            "tariff_night": self.tariff_night,
            "night_share": self.night_share,
            "monthly_fee_minor": self.monthly_fee,
            "notes": self.notes,
        }
        self.currency.currentIndexChanged.connect(self._currency_changed)
        if site:
            self.fill(site)
        else:
            self.currency.setCurrentIndex(max(0, self.currency.findData("RUB")))
        self._currency_changed()

    def fill(self, site: SiteRow) -> None:
        """Every field from ``site``, and its version (an edit; "Use their values" after a conflict)."""
        self.site = site
        self.name.setText(site.name)
        self.region.setText(site.region or "")
        self.currency.setCurrentIndex(max(0, self.currency.findData(site.currency)))
        self.tariff.setText(edit_text(Decimal(site.tariff)))
        self.tariff_night.setText("" if site.tariff_night is None else edit_text(Decimal(site.tariff_night)))
        self.night_share.setText("" if site.night_share is None else edit_text(Decimal(site.night_share) * HUNDRED))
        self.monthly_fee.setText(edit_text(from_minor(site.monthly_fee_minor, site.currency))
                                 if site.monthly_fee_minor else "")
        self.notes.setPlainText(site.notes or "")
        self.version = site.version

    def display_copy(self, row: SiteRow) -> SiteDialog:
        return SiteDialog(not_saved, site=row)

    def _currency_changed(self) -> None:
        code = self.currency.currentData()
        symbol = CURRENCY_SYMBOLS.get(code, code)
        per_kwh = self.tr("{0} per kWh").format(symbol)
        self.tariff_unit.setText(per_kwh)
        self.night_unit.setText(per_kwh)
        self.fee_unit.setText(self.tr("{0} a month").format(symbol))

    @property
    def saved_id(self) -> int | None:
        """The id ``save`` returned, once saved."""
        return self.saved

    def data(self) -> SiteData:
        """The entered site; raises FieldError for a number that cannot be read."""
        return read_site(
            name=self.name.text(),
            region=self.region.text(),
            currency=self.currency.currentData(),
            tariff=self.tariff.text(),
            tariff_night=self.tariff_night.text(),
            night_share=self.night_share.text(),
            monthly_fee=self.monthly_fee.text(),
            notes=self.notes.toPlainText(),
        )


def _number(field: str, text: str, decimals: int = amount_input.TARIFF_DECIMALS) -> Decimal | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return amount_input.parse(text, decimals=decimals)
    except DomainError as exc:
        raise FieldError(field, tr_error(exc)) from exc


def read_site(*, name: str, region: str, currency: str, tariff: str, tariff_night: str = "",
              night_share: str = "", monthly_fee: str = "", notes: str = "") -> SiteData:
    """A site as typed in a form (numbers as text, the night share in %, the fee in currency units).

    Raises FieldError for a number that cannot be read; the records service checks the rest. Shared by
    the site editor and the welcome wizard.
    """
    share = _number("night_share", night_share, amount_input.PERCENT_DECIMALS)
    if share is not None and share > HUNDRED:
        raise FieldError("night_share", QCoreApplication.translate("SiteDialog", "A share is a percentage from 0 to 100."))
    fee = _number("monthly_fee_minor", monthly_fee, CURRENCY_DIGITS.get(currency, 2))
    try:
        fee_minor = to_minor(fee, currency) if fee is not None else 0
    except DomainError as exc:
        raise FieldError("monthly_fee_minor", tr_error(exc)) from exc
    day = _number("tariff", tariff)
    return SiteData(
        name=name,
        region=region,
        tariff=day if day is not None else "",
        tariff_night=_number("tariff_night", tariff_night),
        night_share=None if share is None else share / HUNDRED,
        currency=currency,
        monthly_fee_minor=fee_minor,
        notes=notes,
    )


def with_unit(edit: QLineEdit, unit: QLabel, width: int = 160) -> QWidget:
    """A line edit with its unit after it; the holder passes focus (and a label's mnemonic) to the edit."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    edit.setMaximumWidth(width)
    row.addWidget(edit)
    row.addWidget(unit)
    row.addStretch(1)
    holder.setFocusProxy(edit)
    return holder


class SitesDialog(QDialog):
    """The profile's sites with Add / Edit / Delete. ``sites_changed`` after every write."""

    sites_changed = Signal()

    def __init__(self, db, profile_id: int, parent=None, record: Callable[..., Any] | None = None):
        super().__init__(parent)
        self.db, self.profile_id = db, profile_id
        # record(text, fn, *args): runs a write as one undoable step (the Energy page's Page.record)
        self._record = record or (lambda _text, fn, *args, **kwargs: fn(*args, **kwargs))
        self.editor: SiteDialog | None = None  # the add/edit dialog currently open
        self.setWindowTitle(self.tr("Sites"))
        self.resize(1060, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Where the machines run: the tariff prices the energy records, the monthly fee "
                "(hosting or rent) counts in the production cost, the region in the "
                "compliance checks."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = RowsModel(self._columns(), self)
        self.proxy = SortFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("sitesTable")
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_site())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), self.table, self.edit_site, context=Qt.ShortcutContext.WidgetShortcut
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_sites,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add site…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.add_button.clicked.connect(self.add_site)
        self.edit_button.clicked.connect(self.edit_site)
        self.delete_button.clicked.connect(self.delete_sites)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _columns(self) -> list[Column]:
        def money_minor(r: SiteRow) -> str:
            return (
                formatting.money(from_minor(r.monthly_fee_minor, r.currency), r.currency)
                if r.monthly_fee_minor
                else "—"
            )

        def rate(value) -> str:
            if value is None:
                return "—"
            value = Decimal(value)
            return formatting.number(value, decimals_of(value, 2))

        return [
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Region"), lambda r: r.region or "", lambda r: r.region or "—"),
            Column(
                lambda: self.tr("Tariff per kWh"), lambda r: Decimal(r.tariff), lambda r: rate(r.tariff), True
            ),
            Column(
                lambda: self.tr("Night tariff"),
                lambda r: r.tariff_night,
                lambda r: rate(r.tariff_night),
                True,
            ),
            Column(
                lambda: self.tr("Night share"),
                lambda r: r.night_share,
                lambda r: (
                    "—"
                    if r.night_share is None
                    else self.tr("{0} %").format(
                        formatting.number(
                            Decimal(r.night_share) * HUNDRED, decimals_of(Decimal(r.night_share) * HUNDRED)
                        )
                    )
                ),
                True,
            ),
            Column(lambda: self.tr("Currency"), lambda r: r.currency),
            Column(lambda: self.tr("Monthly fee"), lambda r: r.monthly_fee_minor, money_minor, True),
            Column(lambda: self.tr("Machines"), lambda r: r.units, lambda r: formatting.number(r.units), True),
            Column(
                lambda: self.tr("Energy records"),
                lambda r: self._energy_counts.get(r.id, 0),
                lambda r: formatting.number(self._energy_counts.get(r.id, 0)),
                True,
            ),
        ]

    def refresh(self, select_id: int | None = None) -> None:
        """Reload; keep the selection (or select ``select_id``), else the row where it was, else the first."""
        rows = self.table.selectionModel().selectedRows()
        keep = {r.id for r in self.selected()}
        fallback = min((i.row() for i in rows), default=0)
        if select_id is not None:
            keep = {select_id}
        self._energy_counts = Counter(r.site_id for r in records.list_energy(self.db, self.profile_id))
        self.sites = records.list_sites(self.db, self.profile_id)
        self.model.set_rows(self.sites)
        self.table.resizeColumnsToContents()
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id in keep:
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        if not selection.hasSelection() and self.proxy.rowCount():
            self.table.selectRow(min(fallback, self.proxy.rowCount() - 1))
        self._update_buttons()

    def selected(self) -> list[SiteRow]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [index.data(ROW_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _update_buttons(self) -> None:
        n = len(self.selected())
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n > 0)

    # ---- actions --------------------------------------------------------------------------------------
    def add_site(self) -> SiteDialog:
        return self._open_editor(None)

    def edit_site(self) -> SiteDialog | None:
        rows = self.selected()
        if not rows:
            current = self.table.currentIndex()
            if not current.isValid():
                return None
            rows = [current.data(ROW_ROLE)]
        return self._open_editor(rows[0])

    def _open_editor(self, site: SiteRow | None) -> SiteDialog:
        if site is None:
            def save(data: SiteData) -> int:
                return self._record(
                    self.tr("Add site “{0}”").format((data.name or "").strip()),
                    records.add_site,
                    self.db,
                    self.profile_id,
                    data,
                )
        else:

            def save(data: SiteData) -> int:
                self._record(self.tr("Edit site “{0}”").format(site.name), records.edit_site, self.db, site.id, data,
                             version=editor.version)
                return site.id

        self.editor = editor = SiteDialog(save, self, site)
        editor.accepted.connect(lambda d=editor: self._saved(d.saved_id))
        editor.changed_elsewhere.connect(self._changed_elsewhere)
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def _saved(self, site_id: int | None) -> None:
        self.editor = None
        self.refresh(select_id=site_id)
        self.sites_changed.emit()

    def _changed_elsewhere(self) -> None:
        """Someone else changed or deleted the site being edited: show the sites as they are now."""
        self.refresh()
        self.sites_changed.emit()

    def delete_sites(self) -> None:
        rows = self.selected()
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Delete the site “{0}”? Its machines stay, without a site.").format(
                rows[0].name
            )
        else:
            question = self.tr("Delete %n sites? Their machines stay, without a site.", "", len(rows))
        if not messages.confirm(self, self.tr("Delete sites"), question):
            return
        with_energy = [r for r in rows if self._energy_counts.get(r.id, 0)]
        if with_energy:
            total = sum(self._energy_counts[r.id] for r in with_energy)
            if len(with_energy) == 1:
                text = self.tr(
                    "The site “{0}” has %n energy record(s). They are deleted with the site "
                    "(Records ▸ Undo brings them back). Delete them too?",
                    "",
                    total,
                ).format(with_energy[0].name)
            else:
                text = self.tr(
                    "%n energy record(s) belong to the selected sites. They are deleted with the "
                    "sites (Records ▸ Undo brings them back). Delete them too?",
                    "",
                    total,
                )
            if not messages.confirm(self, self.tr("Delete energy records too"), text):
                return
        try:
            self._record(
                self.tr("Delete site “{0}”").format(rows[0].name)
                if len(rows) == 1
                else self.tr("Delete %n sites", "", len(rows)),
                records.delete_sites,
                self.db,
                self.profile_id,
                [r.id for r in rows],
                with_energy=bool(with_energy),
                versions={r.id: r.version for r in rows},
            )
        except RecordError as exc:
            messages.error(self, self.tr("Cannot delete"), exc.message)
            self.refresh()
            return
        self.refresh()
        self.sites_changed.emit()

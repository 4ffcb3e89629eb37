"""Bank package: one ZIP for the lender — report, data, attachments, proofs of control, optional signature.

The page is a form in numbered steps: what to lend against (a saved simulation, or an offer with an amount
and a term), the period and language, the sections to include, attachments, proofs of control of the
watch-only addresses, signing; then "Build package…" builds off the GUI thread (desktop.services.bank_package
does the work and leaves nothing partial on failure). Below: the packages exported so far and a verifier.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.loans import Offer
from desktop.i18n import tr_error
from desktop.services import bank_package, loans, profiles, wallets
from desktop.ui import amount_input, formatting, i18n, messages, offer_picker
from desktop.ui.pages.base import Page
from desktop.ui.table_model import Column, RowsModel
from desktop.ui.widgets import error_label
from desktop.ui.workers import run_in_background

SECTION_ORDER = ("equipment", "energy", "production", "holdings", "compliance", "simulation")
ATTACHMENT_SUFFIXES = ("*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff")
SHA_SHOWN = 16


def safe_file_name(name: str) -> str:
    """A profile name usable in a file name on every system."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .")
    return cleaned or "profile"


class ExportsModel(RowsModel):
    """The exports table: the full SHA-256 in the tooltip of its shortened cell."""

    SHA_COLUMN = 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            row = self.row_at(index.row())
            return row.sha256 if index.column() == self.SHA_COLUMN else super().data(index)
        return super().data(index, role)


class PackagePage(Page):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.attachments: list[Path] = []
        self.task = None
        self.last_result: bank_package.PackageResult | None = None
        self._offers: dict[str, Offer] = {}

        outer = QHBoxLayout(self)
        left_box = QWidget()
        left_box.setMaximumWidth(520)
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(left_box, 0)
        right = QVBoxLayout()
        outer.addLayout(right, 1)

        # ---- 1. what to lend against ----
        basis = QGroupBox(self.tr("1. What to lend against"))
        grid = QGridLayout(basis)
        self.use_simulation = QRadioButton(self.tr("Saved si&mulation:"))
        self.use_offer = QRadioButton(self.tr("O&ffer:"))
        self.basis_group = QButtonGroup(self)
        self.basis_group.addButton(self.use_simulation)
        self.basis_group.addButton(self.use_offer)
        self.simulation_combo = QComboBox()
        self.offer_combo = QComboBox()
        for combo in (self.simulation_combo, self.offer_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.offer_combo.currentIndexChanged.connect(self._offer_changed)
        self.amount = QLineEdit()
        self.amount.setMaximumWidth(180)
        self.amount.setPlaceholderText(self.tr("amount in the offer's currency"))
        self.term = QSpinBox()
        self.term.setRange(1, 360)
        self.term.setValue(12)
        self.term.setSuffix(self.tr(" months"))
        self.term.setMaximumWidth(180)
        amount_label = QLabel(self.tr("&Amount:"))
        amount_label.setBuddy(self.amount)
        term_label = QLabel(self.tr("&Term:"))
        term_label.setBuddy(self.term)
        self.currency_label = QLabel()
        grid.addWidget(self.use_simulation, 0, 0)
        grid.addWidget(self.simulation_combo, 0, 1, 1, 2)
        grid.addWidget(self.use_offer, 1, 0)
        grid.addWidget(self.offer_combo, 1, 1, 1, 2)
        grid.addWidget(amount_label, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.amount, 2, 1)
        grid.addWidget(self.currency_label, 2, 2)
        grid.addWidget(term_label, 3, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.term, 3, 1)
        grid.setColumnStretch(2, 1)
        self.use_simulation.toggled.connect(self._basis_changed)
        self.use_offer.toggled.connect(self._basis_changed)
        left.addWidget(basis)

        # ---- 2. period and language ----
        period_box = QGroupBox(self.tr("2. Period and language"))
        form = QFormLayout(period_box)
        self.period = QSpinBox()
        self.period.setRange(1, 120)
        self.period.setValue(12)
        self.period.setSuffix(self.tr(" months"))
        self.period.setMaximumWidth(180)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_language())))  # the UI's language
        self.language.setMaximumWidth(180)
        form.addRow(self.tr("&Period covered:"), self.period)
        form.addRow(self.tr("&Language:"), self.language)
        left.addWidget(period_box)

        # ---- 3. what to include ----
        include_box = QGroupBox(self.tr("3. What to include"))
        ig = QGridLayout(include_box)
        names = {
            "equipment": self.tr("Equipment"), "energy": self.tr("Energy"),
            "production": self.tr("Production"), "holdings": self.tr("Holdings"),
            "compliance": self.tr("Compliance"), "simulation": self.tr("Loan simulation"),
        }
        order = [s for s in SECTION_ORDER if s in bank_package.SECTIONS]
        order += sorted(bank_package.SECTIONS - set(order))
        self.section_boxes: dict[str, QCheckBox] = {}
        for n, key in enumerate(order):
            box = QCheckBox(names.get(key, key))
            box.setChecked(True)
            self.section_boxes[key] = box
            ig.addWidget(box, n // 3, n % 3)
        left.addWidget(include_box)

        # ---- 4. attachments ----
        attach_box = QGroupBox(self.tr("4. Attachments"))
        al = QVBoxLayout(attach_box)
        hint = QLabel(self.tr("Electricity contract, hosting agreement, registry extract, statements — "
                              "PDF or images."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        al.addWidget(hint)
        self.attach_table = QTableWidget(0, 2)
        self.attach_table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size")])
        self.attach_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attach_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attach_table.verticalHeader().setVisible(False)
        self.attach_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attach_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attach_table.setMinimumHeight(90)
        al.addWidget(self.attach_table)
        row = QHBoxLayout()
        self.add_attachment_button = QPushButton(self.tr("A&dd…"))
        self.remove_attachment_button = QPushButton(self.tr("&Remove"))
        self.add_attachment_button.clicked.connect(self.add_attachment)
        self.remove_attachment_button.clicked.connect(self.remove_attachments)
        row.addWidget(self.add_attachment_button)
        row.addWidget(self.remove_attachment_button)
        row.addStretch(1)
        al.addLayout(row)
        left.addWidget(attach_box)

        # ---- 6. signing and building ----
        self.sign = QCheckBox(self.tr("&Sign the package (Ed25519)"))
        self.sign.setToolTip(self.tr("Adds MANIFEST.sig and the public key; the private key stays on this "
                                     "computer."))
        left.addWidget(self.sign)
        self.error = error_label(hidden=True)
        left.addWidget(self.error)
        self.build_button = QPushButton(self.tr("&Build package…"))
        self.build_button.clicked.connect(self.build)
        left.addWidget(self.build_button)
        left.addStretch(1)

        # ---- 5. proof of control ----
        proof_box = QGroupBox(self.tr("5. Proof of control"))
        pl = QVBoxLayout(proof_box)
        phint = QLabel(self.tr("Sign the message with the key of each address (Electrum, Sparrow, Bitcoin Core "
                               "“signmessage”) and paste the signature. Addresses left empty are listed as "
                               "not proven."))
        phint.setWordWrap(True)
        phint.setStyleSheet("color: palette(placeholder-text);")
        pl.addWidget(phint)
        self.proof_table = QTableWidget(0, 4)
        self.proof_table.setHorizontalHeaderLabels(
            [self.tr("Address"), self.tr("Message to sign"), "", self.tr("Signature")])
        self.proof_table.verticalHeader().setVisible(False)
        self.proof_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.proof_table.setTabKeyNavigation(False)
        header = self.proof_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)  # the Copy buttons set its width
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.proof_table.setColumnWidth(0, 170)
        pl.addWidget(self.proof_table)
        self.no_addresses = QLabel(self.tr("The profile has no watch-only addresses (add them on the On-chain "
                                           "page)."))
        self.no_addresses.setWordWrap(True)
        self.no_addresses.hide()
        pl.addWidget(self.no_addresses)
        right.addWidget(proof_box, 1)

        # ---- packages exported ----
        exports_box = QGroupBox(self.tr("Packages exported"))
        el = QVBoxLayout(exports_box)
        self.exports_model = ExportsModel([
            Column(lambda: self.tr("Date"), lambda r: r.created_at, self._when),
            Column(lambda: self.tr("File"), lambda r: r.file_name),
            Column(lambda: self.tr("SHA-256"), lambda r: r.sha256,
                   lambda r: r.sha256[:SHA_SHOWN] + "…" if len(r.sha256) > SHA_SHOWN else r.sha256),
            Column(lambda: self.tr("Package id"), lambda r: r.package_id),
        ], self)
        self.exports = QTableView()
        self.exports.setModel(self.exports_model)
        self.exports.setAlternatingRowColors(True)
        self.exports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exports.verticalHeader().setVisible(False)
        self.exports.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        el.addWidget(self.exports)
        vrow = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify a package…"))
        self.verify_button.clicked.connect(self.verify_package)
        vrow.addWidget(self.verify_button)
        vrow.addStretch(1)
        el.addLayout(vrow)
        right.addWidget(exports_box, 1)

        self.use_offer.setChecked(True)
        self.refresh()

    def title(self) -> str:
        return self.tr("Bank package")

    # ---- data -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._set_error("")
        self._fill_offers()
        self._fill_simulations()
        self._fill_proofs()
        self._fill_exports()
        has_profile = self.profile_id is not None
        self.build_button.setEnabled(has_profile)
        self._basis_changed()

    def _fill_offers(self) -> None:
        rows, self._offers, error = offer_picker.load_offers(self.db)
        if error:
            self._set_error(error)
        index = offer_picker.fill_combo(self.offer_combo, rows, self._offers, self.offer_combo.currentData())
        if index < 0:
            self._offer_changed()

    def _fill_simulations(self) -> None:
        keep = self.simulation_combo.currentData()
        self.simulation_combo.clear()
        sims = loans.list_simulations(self.db, self.profile_id) if self.profile_id is not None else []
        for s in sims:
            when = formatting.date(s.created_at) if s.created_at else ""
            self.simulation_combo.addItem(self.tr("{0} ({1})").format(s.name or s.offer_key, when), s.id)
        index = self.simulation_combo.findData(keep) if keep is not None else -1
        if index >= 0:
            self.simulation_combo.setCurrentIndex(index)
        self.use_simulation.setEnabled(bool(sims))
        if not sims and self.use_simulation.isChecked():
            self.use_offer.setChecked(True)

    def _profile_name(self) -> str:
        if self.profile_id is None:
            return ""
        return profiles.get_profile(self.db, self.profile_id).name

    def proof_message(self, address: str) -> str:
        return bank_package.proof_message(self._profile_name(), address, dt.date.today())

    def _fill_proofs(self) -> None:
        typed = self.proofs()
        table = self.proof_table
        table.setRowCount(0)
        rows = wallets.list_addresses(self.db, self.profile_id) if self.profile_id is not None else []
        table.setRowCount(len(rows))
        for n, a in enumerate(rows):
            address = QTableWidgetItem(a.address)
            address.setFlags(address.flags() & ~Qt.ItemFlag.ItemIsEditable)
            address.setToolTip(a.label or a.address)
            message_text = self.proof_message(a.address)
            message = QTableWidgetItem(message_text)
            message.setFlags(message.flags() & ~Qt.ItemFlag.ItemIsEditable)
            message.setToolTip(message_text)
            table.setItem(n, 0, address)
            table.setItem(n, 1, message)
            copy = QPushButton(self.tr("Copy"))
            copy.setToolTip(self.tr("Copy the message for {0}").format(a.address))
            copy.clicked.connect(lambda _=False, text=message_text: self.copy_message(text))
            table.setCellWidget(n, 2, copy)
            table.setColumnWidth(2, copy.sizeHint().width() + 8)
            signature = QLineEdit(typed.get(a.address, ""))
            signature.setPlaceholderText(self.tr("paste the signature"))
            signature.setAccessibleName(self.tr("Signature for {0}").format(a.address))
            table.setCellWidget(n, 3, signature)
        # Cell widgets join the focus chain at its end: put them after the table, row by row, so Tab goes
        # table → Copy → signature → next row … → the exports below.
        previous = table
        for n in range(table.rowCount()):
            for column in (2, 3):
                cell = table.cellWidget(n, column)
                QWidget.setTabOrder(previous, cell)
                previous = cell
        if previous is not table:
            QWidget.setTabOrder(previous, self.exports)
        self.no_addresses.setVisible(self.profile_id is not None and not rows)

    def _fill_exports(self) -> None:
        rows = bank_package.list_exports(self.db, self.profile_id) if self.profile_id is not None else []
        self.exports_model.set_rows(rows)

    def _when(self, row) -> str:
        when = row.created_at
        if isinstance(when, dt.datetime):
            return formatting.date_time(when)
        if isinstance(when, dt.date):
            return formatting.date(when)
        return str(when or "")

    # ---- inputs ---------------------------------------------------------------------------------------
    def select_offer(self, key: str) -> None:
        index = self.offer_combo.findData(key)
        if index >= 0:
            self.use_offer.setChecked(True)
            self.offer_combo.setCurrentIndex(index)

    def _offer_changed(self, *_args) -> None:
        offer = self._offers.get(self.offer_combo.currentData())
        if offer is None:
            self.currency_label.setText("")
            return
        self.currency_label.setText(offer.currency)
        self.term.setRange(offer.term_months.min, offer.term_months.max)
        self.term.setValue(offer.term_months.default)

    def _basis_changed(self, *_args) -> None:
        by_offer = self.use_offer.isChecked()
        self.simulation_combo.setEnabled(not by_offer)
        for w in (self.offer_combo, self.amount, self.term):
            w.setEnabled(by_offer)

    def proofs(self) -> dict[str, str]:
        out = {}
        for n in range(self.proof_table.rowCount()):
            item = self.proof_table.item(n, 0)
            edit = self.proof_table.cellWidget(n, 3)
            if item is not None and isinstance(edit, QLineEdit) and edit.text().strip():
                out[item.text()] = edit.text().strip()
        return out

    def set_signature(self, address: str, signature: str) -> None:
        for n in range(self.proof_table.rowCount()):
            if self.proof_table.item(n, 0).text() == address:
                self.proof_table.cellWidget(n, 3).setText(signature)

    def copy_message(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def add_attachment(self) -> None:
        filters = self.tr("Documents ({0});;All files (*)").format(" ".join(ATTACHMENT_SUFFIXES))
        path = messages.open_file(self, self.tr("Add an attachment"), filters)
        if path:
            self.add_attachment_path(Path(path))

    def add_attachment_path(self, path: Path) -> None:
        if path in self.attachments:
            return
        try:
            size = path.stat().st_size
        except OSError as exc:
            messages.error(self, self.tr("Add an attachment"), self.tr("Cannot read {0}: {1}").format(
                path, exc.strerror or exc))
            return
        self.attachments.append(path)
        n = self.attach_table.rowCount()
        self.attach_table.insertRow(n)
        name = QTableWidgetItem(path.name)
        name.setToolTip(str(path))
        size_item = QTableWidgetItem(self.size_text(size))
        size_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.attach_table.setItem(n, 0, name)
        self.attach_table.setItem(n, 1, size_item)

    def remove_attachments(self) -> None:
        rows = sorted({i.row() for i in self.attach_table.selectedIndexes()}, reverse=True)
        if not rows and self.attach_table.currentRow() >= 0:
            rows = [self.attach_table.currentRow()]
        for n in rows:
            self.attach_table.removeRow(n)
            del self.attachments[n]

    def size_text(self, size: int) -> str:
        if size < 1024:
            return self.tr("{0} B").format(size)
        if size < 1024 * 1024:
            return self.tr("{0} KB").format(formatting.number(Decimal(size) / 1024, 1))
        return self.tr("{0} MB").format(formatting.number(Decimal(size) / (1024 * 1024), 1))

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def request(self, out: Path) -> bank_package.PackageRequest:
        """The request the form describes; raises ValueError with a message for the user."""
        if self.profile_id is None:
            raise ValueError(self.tr("Choose a profile first."))
        include = frozenset(k for k, box in self.section_boxes.items() if box.isChecked())
        if not include:
            raise ValueError(self.tr("Choose at least one section to include."))
        common = dict(profile_id=self.profile_id, out=out, period_months=self.period.value(),
                      lang=self.language.currentData(), include=include, attachments=tuple(self.attachments),
                      proofs=self.proofs(), sign=self.sign.isChecked())
        if self.use_simulation.isChecked():
            sid = self.simulation_combo.currentData()
            if sid is None:
                raise ValueError(self.tr("Choose a saved simulation."))
            return bank_package.PackageRequest(simulation_id=sid, **common)
        key = self.offer_combo.currentData()
        if key is None:
            raise ValueError(self.tr("Choose an offer."))
        text = self.amount.text().strip()
        if not text:
            raise ValueError(self.tr("Enter the amount to borrow."))
        offer = self._offers.get(key)
        try:
            amount = amount_input.parse_money(text, offer.currency) if offer else amount_input.parse(text)
        except DomainError as exc:
            raise ValueError(self.tr("Amount: {0}").format(tr_error(exc))) from exc
        if amount <= 0:
            raise ValueError(self.tr("The amount must be above zero."))
        return bank_package.PackageRequest(offer=key, amount=amount, term_months=self.term.value(), **common)

    # ---- building -------------------------------------------------------------------------------------
    def default_file_name(self) -> str:
        return f"{safe_file_name(self._profile_name())}-package-{dt.date.today().isoformat()}.zip"

    def build(self) -> None:
        title = self.tr("Build package")
        if self.task is not None:
            return
        try:
            self.request(Path("check.zip"))
        except ValueError as exc:
            self._set_error(str(exc))
            return
        self._set_error("")
        path = messages.save_file(self, title, self.tr("ZIP archives (*.zip)"),
                                  str(Path.home() / self.default_file_name()))
        if not path:
            return
        if not path.lower().endswith(".zip"):
            path += ".zip"
        request = self.request(Path(path))
        self.build_button.setEnabled(False)
        self.task = run_in_background(
            self, lambda progress: bank_package.build_package(self.db, request, progress), self._built,
            self._failed, title=title, label=self.tr("Building the package…"))
        self.task.signals.cancelled.connect(self._finished)

    def _finished(self) -> None:
        self.task = None
        self.build_button.setEnabled(self.profile_id is not None)
        self._fill_exports()

    def _built(self, result: bank_package.PackageResult) -> None:
        self._finished()
        self.last_result = result
        self.data_changed.emit()
        yes, no = self.tr("verified"), self.tr("not verified")
        listed = [self.proof_table.item(n, 0).text() for n in range(self.proof_table.rowCount())]
        listed += sorted(set(result.proofs) - set(listed))
        proofs = "\n".join(f"  {addr}: {yes if result.proofs.get(addr) else no}" for addr in listed)
        text = self.tr("The package is saved.\n\nFile: {0}\nSHA-256: {1}\nPages: {2}\nSigning key fingerprint: {3}"
                       ).format(result.path, result.sha256, result.pages,
                                result.fingerprint or self.tr("not signed"))
        text += "\n" + self.tr("Proofs of control: {0}").format("\n" + proofs if proofs else self.tr("none"))
        messages.info(self, self.tr("Package built"), text)

    def _failed(self, exc: Exception) -> None:
        self._finished()
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            if exc.filename:
                reason = self.tr("{0}: {1}").format(exc.filename, reason)
        else:
            reason = tr_error(exc)
        messages.error(self, self.tr("The package was not built"), reason)

    # ---- verifying ------------------------------------------------------------------------------------
    def verify_package(self) -> None:
        title = self.tr("Verify a package")
        path = messages.open_file(self, title, self.tr("ZIP archives (*.zip);;All files (*)"))
        if not path:
            return
        try:
            report = bank_package.verify(Path(path))
        except (OSError, bank_package.PackageBuildError, ValueError) as exc:
            messages.error(self, title, self.tr("Cannot check {0}: {1}").format(path, tr_error(exc)))
            return
        if report.ok:
            signed = (self.tr("signed, key fingerprint {0}").format(report.fingerprint) if report.signed
                      else self.tr("not signed"))
            messages.info(self, title, self.tr(
                "The package is intact: every file matches its checksum.\n\nFile: {0}\nFiles checked: {1}\n{2}"
            ).format(path, len(report.files or ()), signed))
        else:
            from desktop.services.package_zip import problem_text  # the problems in the UI's language

            problems = "\n".join(f"• {problem_text(p)}" for p in report.problems) or self.tr("unknown problem")
            messages.warning(self, title, self.tr("The package does not check out:\n\n{0}").format(problems))

"""CSV import: detected format, column mapping (remembered per file layout), preview, then all-or-nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
)

from desktop.services import csv_io
from desktop.store import changes
from desktop.ui import messages
from desktop.ui.widgets import error_label
from desktop.ui.workers import run_in_background

NOT_IN_FILE = ""


def kind_title(kind: str) -> str:
    return {
        "equipment": QCoreApplication.translate("ImportDialog", "equipment"),
        "energy": QCoreApplication.translate("ImportDialog", "energy records"),
        "payouts": QCoreApplication.translate("ImportDialog", "payouts"),
        "disposals": QCoreApplication.translate("ImportDialog", "disposals"),
    }.get(kind, kind)


class ImportDialog(QDialog):
    def __init__(self, db, profile_id: int, kind: str, path: str | Path, parent=None):
        super().__init__(parent)
        self.db, self.profile_id, self.kind, self.path = db, profile_id, kind, Path(path)
        self.result_counts: csv_io.ImportResult | None = None
        self.recorded: changes.ChangeSet | None = None  # what the import wrote, for Records ▸ Undo
        self.setWindowTitle(self.tr("Import {0} from CSV").format(kind_title(kind)))
        self.resize(900, 640)
        self.layout_info = csv_io.sniff(self.path)  # raises ImportFailed for unreadable files
        layout = QVBoxLayout(self)

        info = self.layout_info
        delim = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}.get(info.delimiter,
                                                                                          info.delimiter)
        encoding = {"utf-8": "UTF-8", "utf-8-sig": self.tr("UTF-8 with BOM"), "cp1251": "Windows-1251"}.get(
            info.encoding, info.encoding)
        detected = QLabel(self.tr("<b>{0}</b> — {1}, delimiter: {2}, decimal {3}").format(
            self.path.name, encoding, delim, self.tr("comma") if info.decimal_comma else self.tr("point")))
        detected.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(detected)

        body = QHBoxLayout()
        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        saved = csv_io.load_mapping(db, kind, info.headers)
        current = saved or csv_io.default_mapping(kind, info.headers)
        self.combos: dict[str, QComboBox] = {}
        for field in csv_io.fields(kind):
            combo = QComboBox()
            combo.addItem(self.tr("— not in the file —"), NOT_IN_FILE)
            for h in info.headers:
                combo.addItem(h, h)
            wanted = current.get(field.name)
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted else 0)
            label = field.name + (" *" if field.required else "")
            form.addRow(label, combo)
            self.combos[field.name] = combo
        note = QLabel(self.tr("* required. The mapping is remembered for files with the same columns.")
                      if not saved else self.tr("Mapping remembered from an earlier import of this layout."))
        note.setWordWrap(True)
        form.addRow(note)
        body.addWidget(mapping_box, 0)

        preview_box = QGroupBox(self.tr("First rows"))
        pl = QVBoxLayout(preview_box)
        model = QStandardItemModel(len(info.rows), len(info.headers), self)
        model.setHorizontalHeaderLabels(list(info.headers))
        for r, row in enumerate(info.rows):
            for c, cell in enumerate(row[: len(info.headers)]):
                model.setItem(r, c, QStandardItem(cell))
        self.preview = QTableView()
        self.preview.setModel(model)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        pl.addWidget(self.preview)
        body.addWidget(preview_box, 1)
        layout.addLayout(body, 1)

        self.errors_label = error_label()
        self.errors = QListWidget()
        self.errors.setObjectName("importErrors")
        self.errors_label.hide()
        self.errors.hide()
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def mapping(self) -> dict[str, str | None]:
        return {name: (combo.currentData() or None) for name, combo in self.combos.items()}

    def start_import(self) -> None:
        mapping = self.mapping()
        self.import_button.setEnabled(False)
        self.task = run_in_background(
            self,
            lambda progress: changes.capture(self.db, csv_io.import_csv, self.db, self.profile_id, self.kind,
                                             self.path, mapping, progress=progress),
            self._done,
            self._failed,
            title=self.tr("Importing"),
            label=self.tr("Importing {0}…").format(self.path.name),
        )
        self.task.signals.cancelled.connect(lambda: self.import_button.setEnabled(True))

    def _done(self, outcome: tuple[csv_io.ImportResult, changes.ChangeSet]) -> None:
        self.result_counts, self.recorded = outcome
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, csv_io.ImportFailed):
            self.show_errors(exc)
        else:
            messages.error(self, self.tr("Import failed"), str(exc))

    def show_errors(self, exc: csv_io.ImportFailed) -> None:
        self.errors_label.setText(self.tr("Nothing was imported: {0} problem(s). Fix the file or the column "
                                          "mapping and try again.").format(len(exc.errors)))
        self.errors.clear()
        for err in exc.errors[:1000]:
            where = self.tr("line {0}").format(err.line) if err.line else self.tr("file")
            if err.column:
                where += self.tr(", column “{0}”").format(err.column)
            self.errors.addItem(f"{where}: {err.reason}")
        if len(exc.errors) > 1000:
            self.errors.addItem(self.tr("… and {0} more").format(len(exc.errors) - 1000))
        self.errors_label.show()
        self.errors.show()

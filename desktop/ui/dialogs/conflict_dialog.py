"""“Changed by someone else”: an edit met a record saved (or deleted) meanwhile in another window, by another
advisor or from the command line. Nothing was written; the user chooses.

The dialog shows the service's message and the fields that differ — the form's label, the value in the form
("Your value") and the value saved now ("Saved now"), both as the edit dialog shows them — and offers:

* **Use their values** — the form is refilled from the record as saved now; the user reviews and saves again;
* **Keep mine and save** — an explicit, informed overwrite of the record as saved now;
* **Cancel** — back to the form, nothing changed.

A record deleted meanwhile offers only **Close**: the edit dialog closes without saving. ``choice`` says
which button was pressed (``CANCEL`` when the dialog was closed otherwise).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import MUTED_STYLE

USE_THEIRS = "theirs"
KEEP_MINE = "mine"
CANCEL = "cancel"
CLOSE = "close"


class ConflictDialog(QDialog):
    """``rows``: (field label, your value, saved now) of each field that differs; None: the record was deleted."""

    def __init__(self, message: str, rows: Sequence[tuple[str, str, str]] | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.deleted = rows is None
        self.choice = CLOSE if self.deleted else CANCEL
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Deleted by someone else") if self.deleted else self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)

        self.heading = QLabel(self.tr("Someone else deleted this record.") if self.deleted
                              else self.tr("Changed by someone else"))
        self.heading.setObjectName("conflictHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.message = QLabel(message)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictTable")
        self.buttons = QDialogButtonBox()
        self.theirs_button = self.keep_button = self.cancel_button = self.close_button = None
        if self.deleted:
            self.table.hide()
            self.message.hide()  # the heading says it; the service's message would repeat it
            note = QLabel(self.tr("Nothing was saved: there is no record to save your changes to any more. "
                                  "The list shows the records as they are now."))
            note.setWordWrap(True)
            layout.addWidget(note)
            self.close_button = self._button(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole, CLOSE,
                                             "closeButton")
            self.setMinimumWidth(460)
        else:
            self._fill_table(rows)
            layout.addWidget(self.table, 1)
            if not rows:
                same = QLabel(self.tr("Your values are the same as the ones saved now."))
                same.setStyleSheet(MUTED_STYLE)
                layout.addWidget(same)
            hint = QLabel(self.tr(
                "“Use their values” puts the saved values in the form, for you to review and save again. "
                "“Keep mine and save” replaces the saved values with yours."))
            hint.setWordWrap(True)
            hint.setStyleSheet(MUTED_STYLE)
            layout.addWidget(hint)
            self.theirs_button = self._button(self.tr("&Use their values"), QDialogButtonBox.ButtonRole.AcceptRole,
                                              USE_THEIRS, "useTheirsButton")
            self.keep_button = self._button(self.tr("&Keep mine and save"), QDialogButtonBox.ButtonRole.AcceptRole,
                                            KEEP_MINE, "keepMineButton")
            self.cancel_button = self._button(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole, CANCEL,
                                              "cancelButton")
            self.theirs_button.setToolTip(self.tr("Fill the form with the values saved now; nothing is saved yet"))
            self.keep_button.setToolTip(self.tr("Save your values over the ones saved now"))
            self.cancel_button.setToolTip(self.tr("Back to the form; nothing is changed"))
            self.theirs_button.setDefault(True)  # Enter never overwrites
            self.setMinimumWidth(640)
        layout.addWidget(self.buttons)
        if not self.deleted:
            self.resize(760, self.sizeHint().height())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        (self.theirs_button or self.close_button).setFocus()  # the safe choice, never an overwrite

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole, choice: str, name: str) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice in (USE_THEIRS, KEEP_MINE):
            self.accept()
        else:
            self.reject()

    def _fill_table(self, rows: Sequence[tuple[str, str, str]]) -> None:
        table = self.table
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your value"), self.tr("Saved now")])
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c == 0:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                table.setItem(r, c, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)  # as tall as its rows…
        table.setMaximumHeight(420)  # …up to a point, then it scrolls

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as shown: (field, your value, saved now)."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


def ask(message: str, rows: Sequence[tuple[str, str, str]] | None, parent: QWidget | None = None) -> str:
    """Show the dialog (modal) and return the choice: USE_THEIRS, KEEP_MINE, CANCEL, or CLOSE (deleted)."""
    dialog = ConflictDialog(message, rows, parent)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()

"""Edit a loan offer as JSON text: monospace editor, Save validates and stores it, errors stay in red.

The caller's ``save(data)`` stores the parsed offer (``offers.save_offer``). A JSON syntax error or an
invalid offer (``OfferError``) keeps the dialog open, shows the key and the message in red and, for a
syntax error, puts the cursor at its line and column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.i18n import tr_error
from desktop.services import offers
from desktop.services.offers import OfferError
from desktop.ui.dialogs.base import RecordDialog


class OfferDialog(RecordDialog):
    """Shows ``data`` as formatted JSON; OK parses, validates and calls ``save(data)``."""

    errors = (OfferError,)

    def __init__(self, save: Callable[[dict], object], data: dict, title: str = "",
                 parent: QWidget | None = None):
        super().__init__(save, parent)
        self.setWindowTitle(title or self.tr("Edit offer"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The offer in the JSON format of resources/offers (see its README). Shares of 1 "
                               "for LTV thresholds, percentages for *_percent fields. Keys of your own must "
                               "start with “x-”."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(intro)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("offerEditor")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(offers.dumps_offer(data))
        intro.setBuddy(self.editor)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save"))
        layout.addWidget(self.buttons)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()

    def data(self) -> dict:
        data = offers.loads_offer(self.text())
        if not isinstance(data, dict):
            raise OfferError("", offers.M_NOT_OBJECT, type(data).__name__)
        offers.validate_offer(data)
        return data

    def show_error(self, exc: Exception) -> None:
        self.error.setText(tr_error(exc))
        self.error.show()
        line, column = getattr(exc, "line", None), getattr(exc, "column", None)
        if line:
            block = self.editor.document().findBlockByLineNumber(line - 1)
            if block.isValid():
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.Right, n=max(0, min((column or 1) - 1,
                                                                                 block.length() - 1)))
                self.editor.setTextCursor(cursor)
        self.editor.setFocus()

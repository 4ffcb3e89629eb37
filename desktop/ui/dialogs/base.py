"""What the record dialogs share: a red error line, OK / Cancel, and saving through a callback.

OK calls ``save(*self.save_args())``; a validation error (``errors``) keeps the dialog open, shows the
message in red — after the form label of the field at fault — and puts the focus on that field. The
subclass builds its form, fills ``_fields`` (service field name -> widget) and adds ``self.error`` and
``self.buttons`` to its layout.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.i18n import tr_error
from desktop.services.records import RecordError
from desktop.ui import amount_input
from desktop.ui.widgets import error_label


def plain_label(text: str) -> str:
    """'&Night tariff:' -> 'Night tariff' (a form label reused to name the field in a message)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


def _holds(item: QLayoutItem, widget: QWidget) -> bool:
    """Whether a form row's field is ``widget`` or contains it (in a holder widget or a row layout)."""
    if item.widget() is not None:
        return item.widget() is widget or item.widget().isAncestorOf(widget)
    layout = item.layout()
    return layout is not None and any(_holds(layout.itemAt(i), widget) for i in range(layout.count()))


class RecordDialog(QDialog):
    """Collects one record; ``save(*save_args())`` writes it and its result is kept in ``saved``."""

    errors: tuple[type[Exception], ...] = (RecordError,)  # refusals shown in the dialog
    prefix_label = True  # start the message with the field's form label

    def __init__(self, save: Callable[..., object], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.saved: object | None = None
        self._fields: dict[str, QWidget] = {}
        self.error = error_label(hidden=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def save_args(self) -> tuple:
        return (self.data(),)

    def accept(self) -> None:
        """Save through the callback; on a validation error stay open and say what is wrong and where."""
        try:
            self.saved = self._save(*self.save_args())
        except self.errors as exc:
            self.show_error(exc)
            return
        super().accept()

    def read_amount(self, field: str, edit: QLineEdit, *, decimals: int | None = None, currency: str | None = None,
                    btc: bool = False, allow_negative: bool = False, required: bool = False):
        """The number typed in ``edit`` by the shared rules (desktop.ui.amount_input): a Decimal, satoshis with
        ``btc``, None when empty and not ``required``. A RecordError for ``field`` says why it cannot be read."""
        text = edit.text().strip()
        if not text and not required:
            return None
        try:
            if btc:
                return amount_input.parse_btc(text, allow_negative=allow_negative)
            if currency is not None:
                return amount_input.parse_money(text, currency, allow_negative=allow_negative)
            return amount_input.parse(text, decimals=decimals, allow_negative=allow_negative)
        except DomainError as exc:
            message = tr_error(exc)
            name = self.field_name(field)
            if name and not self.prefix_label:  # otherwise show_error puts the name first
                message = QCoreApplication.translate("RecordDialog", "{0}: {1}").format(name, message)
            raise RecordError(field, message) from exc

    def show_error(self, exc: Exception) -> None:
        field = getattr(exc, "field", None)
        name = self.field_name(field) if self.prefix_label else ""
        message = str(exc)
        self.error.setText(QCoreApplication.translate("RecordDialog", "{0}: {1}").format(name, message)
                           if name else message)
        self.error.show()
        widget = self._fields.get(field)
        if widget is not None and widget.isVisibleTo(self):
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def field_name(self, field: str | None) -> str:
        """The form label of the field's widget without '&' and ':'; '' when it has none."""
        widget = self._fields.get(field)
        if widget is None:
            return ""
        for form in self.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is not None and item is not None and isinstance(label.widget(), QLabel) \
                        and _holds(item, widget):
                    return plain_label(label.widget().text())
        return ""

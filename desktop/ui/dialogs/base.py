"""What the record dialogs share: a red error line, OK / Cancel, and saving through a callback.

OK calls ``save(*self.save_args())``; a validation error (``errors``) keeps the dialog open, shows the
message in red — after the form label of the field at fault — and puts the focus on that field. The
subclass builds its form, fills ``_fields`` (service field name -> widget) and adds ``self.error`` and
``self.buttons`` to its layout.

Edits are optimistic: an edit dialog keeps the ``version`` of the record it was filled from and its ``save``
passes it to the service. When someone else saved (or deleted) the record meanwhile the service refuses
(``conflicts``) and a :class:`~desktop.ui.dialogs.conflict_dialog.ConflictDialog` lists the fields that differ —
rendered by a hidden copy of the dialog filled from the record as saved now (``display_copy``) — and lets the
user take their values (``fill``), keep theirs and save over it, or go back; ``changed_elsewhere`` then tells
the page to reload.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.i18n import tr_error
from desktop.services.profiles import ProfileConflict
from desktop.services.records import ConflictError, RecordError
from desktop.ui import amount_input
from desktop.ui.dialogs import conflict_dialog
from desktop.ui.widgets import error_label

EMPTY = "—"  # a field without a value, in the conflict table
_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def plain_label(text: str) -> str:
    """'&Night tariff:' -> 'Night tariff' (a form label reused to name the field in a message)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


def _holds(item: QLayoutItem, widget: QWidget) -> bool:
    """Whether a form row's field is ``widget`` or contains it (in a holder widget or a row layout)."""
    if item.widget() is not None:
        return item.widget() is widget or item.widget().isAncestorOf(widget)
    layout = item.layout()
    return layout is not None and any(_holds(layout.itemAt(i), widget) for i in range(layout.count()))


def _leaves(item: QLayoutItem):
    """The inputs and labels of a form row's field, in their order on screen."""
    widget = item.widget()
    if widget is not None:
        if isinstance(widget, (*_INPUTS, QLabel)):
            yield widget
        elif widget.layout() is not None:  # a holder: an edit with its unit, a row of radio buttons
            yield from _leaves(widget.layout())
        return
    layout = item.layout()
    if layout is not None:
        for i in range(layout.count()):
            yield from _leaves(layout.itemAt(i))


def _shown(widget: QWidget) -> str | None:
    """What a widget shows: '' when empty, None when it adds nothing (a radio button not chosen)."""
    if isinstance(widget, QRadioButton):
        return plain_label(widget.text()) if widget.isChecked() else None
    if isinstance(widget, QAbstractButton):
        return plain_label(widget.text()) if widget.isChecked() else ""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLabel):
        return widget.text()
    return None


def differences(mine: dict, theirs: dict) -> list[tuple[str, str, str]]:
    """(label, your value, saved now) of the rows of two ``form_values`` that differ, in the form's order."""
    rows = []
    for key in sorted(set(mine) | set(theirs)):
        label = (mine.get(key) or theirs[key])[0]
        yours = mine[key][1] if key in mine else EMPTY
        saved = theirs[key][1] if key in theirs else EMPTY
        if yours != saved:
            rows.append((label, yours, saved))
    return rows


def not_saved(*_args) -> None:
    """The save of a dialog that only shows a record (``display_copy``)."""
    return None


class RecordDialog(QDialog):
    """Collects one record; ``save(*save_args())`` writes it and its result is kept in ``saved``."""

    errors: tuple[type[Exception], ...] = (RecordError,)  # refusals shown in the dialog
    conflicts: tuple[type[Exception], ...] = (ConflictError, ProfileConflict)  # changed by someone else meanwhile
    prefix_label = True  # start the message with the field's form label
    changed_elsewhere = Signal()  # a save met the record changed or deleted by someone else: reload the page

    def __init__(self, save: Callable[..., object], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.saved: object | None = None
        self.version: int | None = None  # the version of the record the form was filled from (edits)
        self._fields: dict[str, QWidget] = {}
        self._not_compared: tuple[QWidget, ...] = ()  # inputs that only help typing (a catalogue pick)
        self.error = error_label(hidden=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def save_args(self) -> tuple:
        return (self.data(),)

    def accept(self) -> None:
        """Save through the callback; on a validation error stay open and say what is wrong and where; when
        someone else changed the record meanwhile, let the user choose (``resolve_conflict``)."""
        try:
            self.saved = self._save(*self.save_args())
        except self.conflicts as exc:
            self.resolve_conflict(exc)
            return
        except self.errors as exc:
            self.show_error(exc)
            return
        super().accept()

    # ---- changed by someone else ---------------------------------------------------------------------------
    def fill(self, row) -> None:
        """Put a record in the form — every field — and keep its ``version``. Edit dialogs implement it."""
        raise NotImplementedError

    def display_copy(self, row) -> RecordDialog:
        """A hidden dialog of the same kind that saves nothing, filled from ``row``: shows a record's values
        exactly as this form does. Edit dialogs implement it."""
        raise NotImplementedError

    def resolve_conflict(self, exc: Exception) -> None:
        """The record changed (``exc.current``) or was deleted (None) since the form was filled: show what
        differs and do what the user chooses. Nothing is ever written without their choice."""
        current = getattr(exc, "current", None)
        if current is None:
            conflict_dialog.ask(str(exc), None, self)
            self.reject()  # nothing to save to: the page shows the records as they are now
            self.changed_elsewhere.emit()
            return
        copy = self.display_copy(current)
        try:
            rows = differences(self.form_values(), copy.form_values())
        finally:
            copy.deleteLater()
        choice = conflict_dialog.ask(str(exc), rows, self)
        if choice == conflict_dialog.USE_THEIRS:
            self.fill(current)  # their values and version: the user reviews, then saves again
            self.error.hide()
        elif choice == conflict_dialog.KEEP_MINE:
            self.version = current.version  # an informed overwrite of what is saved now
        else:
            self.show_error(exc)  # still not saved: the next OK asks again
        self.changed_elsewhere.emit()
        if choice == conflict_dialog.KEEP_MINE:
            self.accept()

    def form_values(self) -> dict[tuple[int, int], tuple[str, str]]:
        """The record as the form shows it: (form, row) -> (label, value) of every visible row with an input."""
        values = {}
        for f, form in enumerate(self.findChildren(QFormLayout)):
            for row in range(form.rowCount()):
                shown = self._form_row(form, row)
                if shown is not None:
                    values[(f, row)] = shown
        return values

    def _form_row(self, form: QFormLayout, row: int) -> tuple[str, str] | None:
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole) or form.itemAt(
            row, QFormLayout.ItemRole.SpanningRole)
        if field is None:
            return None
        leaves = list(_leaves(field))
        inputs = [w for w in leaves if isinstance(w, _INPUTS)]
        if not inputs or any(w in self._not_compared for w in leaves) \
                or not any(w.isVisibleTo(self) for w in leaves):
            return None  # a note, a typing aid, or a row hidden for this kind of record
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label_widget = item.widget() if item is not None else None
        label = plain_label(label_widget.text()) if isinstance(label_widget, (QLabel, QAbstractButton)) else ""
        if isinstance(label_widget, QAbstractButton) and label_widget.isCheckable() and not label_widget.isChecked():
            return label, EMPTY  # a row named by a check box (entered in the registry on …) that is off
        if not label:
            if len(inputs) == 1 and isinstance(inputs[0], QAbstractButton) and inputs[0].isCheckable():
                box = inputs[0]  # a check box on its own row (a new meter installed)
                return plain_label(box.text()), (QCoreApplication.translate("RecordDialog", "yes") if box.isChecked()
                                                 else QCoreApplication.translate("RecordDialog", "no"))
            return None
        parts, first = [], None
        for widget in leaves:
            if not widget.isVisibleTo(self) or not widget.isEnabled():
                continue  # e.g. the purchase date of a machine without one
            text = _shown(widget)
            if text is None:
                continue
            if first is None and not isinstance(widget, QLabel):
                first = text
            if text:
                parts.append(text)
        return label, " ".join(parts) if first else EMPTY

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

"""What the user typed or chose on a page, kept across a rebuild of the window (a language switch).

The page is rebuilt by the same code, so its input widgets come back in the same order: they are matched by
their position among the page's input widgets of the same class (and their object name when they have one).
Only inputs are kept — line edits the user typed in, combo boxes, spin boxes, date edits, check boxes, radio buttons and the
current tab — never a table's contents, which the page reloads from the database.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

State = dict[tuple[str, str, int], object]


def _inputs(page: QWidget):
    """(key, widget) for every input of the page, in a stable order; the key survives a rebuild."""
    seen: dict[tuple[str, str], int] = {}
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or an editable combo: its owner holds the value
        if not isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QTabWidget)):
            continue
        if isinstance(widget, QAbstractButton) and not widget.isCheckable():
            continue
        kind = type(widget).__name__
        name = widget.objectName()
        n = seen.get((kind, name), 0)
        seen[(kind, name)] = n + 1
        yield (kind, name, n), widget


def snapshot(page: QWidget) -> State:
    state: State = {}
    for key, w in _inputs(page):
        if isinstance(w, QLineEdit):
            if not w.isReadOnly() and w.isModified():  # typed by the user; filled-in values are filled again
                state[key] = w.text()
        elif isinstance(w, QComboBox):
            state[key] = (w.currentIndex(), w.currentData(), w.currentText() if w.isEditable() else None)
        elif isinstance(w, QDateEdit):
            state[key] = w.date().toPython()
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            state[key] = w.value()
        elif isinstance(w, QAbstractButton):
            state[key] = w.isChecked()
        elif isinstance(w, QTabWidget):
            state[key] = w.currentIndex()
    return state


def restore(page: QWidget, state: State) -> int:
    """Put the kept values back (those whose widget still exists and is enabled); returns how many."""
    restored = 0
    for key, w in _inputs(page):
        if key not in state or not w.isEnabled() and not isinstance(w, QTabWidget):
            continue
        value = state[key]
        if isinstance(w, QLineEdit):
            if w.isReadOnly() or w.text() == value:
                continue
            w.setText(value)
            w.setModified(True)
            w.textEdited.emit(value)  # as if typed: pages recalculate on edits
        elif isinstance(w, QComboBox):
            index, data, text = value
            found = w.findData(data) if data is not None else -1
            target = found if found >= 0 else index
            if 0 <= target < w.count() and target != w.currentIndex():
                w.setCurrentIndex(target)
            if text is not None and w.currentText() != text:
                w.setEditText(text)
        elif isinstance(w, QDateEdit):
            if w.date().toPython() != value:
                w.setDate(QDate(value))
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            if w.value() != value:
                w.setValue(value)
        elif isinstance(w, QAbstractButton):
            if w.isChecked() != value:
                w.setChecked(value)
        elif isinstance(w, QTabWidget):
            if 0 <= value < w.count():
                w.setCurrentIndex(value)
        restored += 1
    return restored

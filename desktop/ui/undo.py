"""Undo and redo of the records pages: each write offered by a page becomes one command on a QUndoStack.

A page runs a service write through ``Page.record`` (``desktop.store.changes.capture``) and emits
``change_recorded`` with an :class:`UndoEntry`: the database, the profile, the command's text ("Add 3
machines") and the :class:`~desktop.store.changes.ChangeSet`. :class:`UndoManager` keeps one stack per
profile (a ``QUndoGroup``; the active stack follows the profile switcher), so an undo never reaches
another profile's records. Pushing does not write: the change is already in the database, so the first
``redo()`` of a command does nothing; later undo/redo calls ``apply_undo``/``apply_redo``, which write all
or nothing. If the rows changed meanwhile (another window, the command line, an import), the command is
refused — nothing is written, it is dropped from the history (``setObsolete``) and ``refused`` says why.
``applied`` tells the window which profile's records an undo or redo changed, so the pages refresh.

On a shared (PostgreSQL) database nothing is recorded (``changes.undo_supported``): the window calls
``set_available(False)``, no history is kept and the actions stay disabled, their tooltip saying why.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from desktop.i18n import tr_error
from desktop.store import changes
from desktop.store.changes import ChangeSet
from desktop.store.db import Database, StoreError

UNDO_LIMIT = 100  # steps kept per profile


@dataclass(frozen=True)
class UndoEntry:
    """A write a page made, offered to the undo stack of its profile."""

    db: Database
    profile_id: int
    text: str  # what the command did, after "Undo"/"Redo": "Add 3 machines"
    changes: ChangeSet


class RecordsCommand(QUndoCommand):
    """One write of a records page. ``redo()`` the first time does nothing: the change is made already."""

    def __init__(self, manager: UndoManager, entry: UndoEntry):
        super().__init__(entry.text)
        self.entry = entry
        self._manager = manager
        self._made = True  # the change is in the database now

    def redo(self) -> None:
        if self._made:
            return
        self._made = self._manager._apply(self, redo=True)

    def undo(self) -> None:
        if self._manager._apply(self, redo=False):
            self._made = False


class UndoManager(QObject):
    applied = Signal(object)  # the profile id whose records an undo or redo changed
    refused = Signal(str, str)  # title and message: an undo or redo that wrote nothing

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self.available = True  # False on a shared database: no history, the actions disabled

    def set_available(self, available: bool) -> None:
        """Keep histories (a database file) or not (a shared database, where nothing is recorded)."""
        self.available = available
        if not available:
            self.clear()

    # ---- stacks --------------------------------------------------------------------------------------
    def stack(self, profile_id: int | None) -> QUndoStack | None:
        return self._stacks.get(profile_id) if profile_id is not None else None

    def active_stack(self) -> QUndoStack | None:
        return self.group.activeStack()

    def set_profile(self, profile_id: int | None) -> None:
        """The Undo/Redo actions act on this profile's history (none without a profile, nor on a shared
        database: no active stack keeps the actions disabled)."""
        wanted = profile_id is not None and self.available
        self.group.setActiveStack(self._stack_for(profile_id) if wanted else None)

    def _stack_for(self, profile_id: int) -> QUndoStack:
        stack = self._stacks.get(profile_id)
        if stack is None:
            stack = QUndoStack(self.group)
            stack.setUndoLimit(UNDO_LIMIT)
            self._stacks[profile_id] = stack
        return stack

    def push(self, entry: UndoEntry) -> None:
        """Offer a change already written (a page's ``change_recorded``); an empty change is not a step."""
        if not entry.changes or not self.available:
            return
        self._stack_for(entry.profile_id).push(RecordsCommand(self, entry))

    def forget(self, profile_id: int) -> None:
        """Drop a profile's history (the profile was deleted)."""
        stack = self._stacks.pop(profile_id, None)
        if stack is not None:
            if self.group.activeStack() is stack:
                self.group.setActiveStack(None)
            self.group.removeStack(stack)
            stack.deleteLater()

    def clear(self) -> None:
        """Drop every history (another database file, or the window rebuilt in another language)."""
        for profile_id in list(self._stacks):
            self.forget(profile_id)

    # ---- actions -------------------------------------------------------------------------------------
    def create_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Records ▸ Undo / Redo: the text names the step ("Undo Add 3 machines"), disabled when none."""
        undo = self.group.createUndoAction(parent, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)  # Ctrl+Z
        undo.setObjectName("undoAction")
        redo = self.group.createRedoAction(parent, self.tr("Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and/or Ctrl+Shift+Z, as the platform has it
        redo.setObjectName("redoAction")
        if not self.available:
            why = self.tr("Undo is not available on a shared database: each change is saved for everyone at once.")
            for action in (undo, redo):
                action.setToolTip(why)
                action.setStatusTip(why)
        return undo, redo

    # ---- applying ------------------------------------------------------------------------------------
    def _apply(self, command: RecordsCommand, *, redo: bool) -> bool:
        entry = command.entry
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            (changes.apply_redo if redo else changes.apply_undo)(entry.db, entry.changes)
        except changes.ChangeConflict:
            reason = self.tr(
                "the records it changed were changed since (in another window, from the command line "
                "or by an import)"
            )
        except (StoreError, SQLAlchemyError, sqlite3.Error) as exc:
            reason = tr_error(exc)
        else:
            reason = None
        finally:
            QApplication.restoreOverrideCursor()
        if reason is not None:
            command.setObsolete(True)  # QUndoStack drops it: it can no longer be undone or redone
            if redo:
                title = self.tr("Cannot redo")
                text = self.tr("“{0}” cannot be redone: {1}.").format(entry.text, reason)
            else:
                title = self.tr("Cannot undo")
                text = self.tr("“{0}” cannot be undone: {1}.").format(entry.text, reason)
            self.refused.emit(title, text + "\n\n" + self.tr(
                "Nothing was changed, and this step is no longer in the undo history."))
            return False
        self.applied.emit(entry.profile_id)
        return True


__all__ = ["UNDO_LIMIT", "RecordsCommand", "UndoEntry", "UndoManager"]

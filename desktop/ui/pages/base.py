"""The page contract: a QWidget with a title, refreshed when the profile or the data changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.store import changes
from desktop.store.changes import ChangeSet
from desktop.store.db import Database
from desktop.ui.undo import UndoEntry

T = TypeVar("T")


class Page(QWidget):
    """Base of every page. Subclasses set ``can_add/can_edit/can_delete`` and implement the actions."""

    can_add = False
    can_edit = False
    can_delete = False
    data_changed = Signal()  # the page wrote to the database; other pages refresh
    change_recorded = Signal(object)  # an UndoEntry: a write to offer to the profile's undo stack

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.profile_id: int | None = None

    def title(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_profile(self, profile_id: int | None) -> None:
        self.profile_id = profile_id
        self.refresh()

    def refresh(self) -> None:
        pass

    def record(self, text: str | Callable[[Any], str], fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service write and offer what it changed as one undoable step named ``text`` (or
        ``text(result)``). Errors pass through; a failed write offers nothing."""
        result, recorded = changes.capture(self.db, fn, *args, **kwargs)
        self.offer_undo(text(result) if callable(text) else text, recorded)
        return result

    def offer_undo(self, text: str, recorded: ChangeSet | None) -> None:
        """Offer changes recorded elsewhere (a CSV import on a worker thread) as one undoable step."""
        if recorded and self.profile_id is not None:
            self.change_recorded.emit(UndoEntry(self.db, self.profile_id, text, recorded))

    def add_item(self) -> None:
        pass

    def edit_item(self) -> None:
        pass

    def delete_items(self) -> None:
        pass

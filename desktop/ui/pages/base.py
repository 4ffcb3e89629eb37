"""The page contract: a QWidget with a title, refreshed when the profile or the data changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.store.db import Database


class Page(QWidget):
    """Base of every page. Subclasses set ``can_add/can_edit/can_delete`` and implement the actions."""

    can_add = False
    can_edit = False
    can_delete = False
    data_changed = Signal()  # the page wrote to the database; other pages refresh

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

    def add_item(self) -> None:
        pass

    def edit_item(self) -> None:
        pass

    def delete_items(self) -> None:
        pass

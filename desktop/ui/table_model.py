"""Read-only table models over rows (dataclasses or tuples), described by columns.

:class:`RowsModel` holds a list; sorting (through :class:`SortFilterModel`) uses the raw value (SORT_ROLE), not
the displayed text, so numbers and dates sort right. :class:`WindowedRowsModel` shows a list too long to hold
(a million payouts) a page at a time, in the order it is read in.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 500  # rows a WindowedRowsModel reads at a time
KEEP_PAGES = 40  # pages it keeps in memory (20,000 rows)


@dataclass
class Column:
    title: Callable[[], str]  # called at display time so it follows the language
    value: Callable[[Any], Any]  # raw value, used for sorting and filtering
    text: Callable[[Any], str] | None = None  # display text; default str(value)
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            if col.text is not None:
                return col.text(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return _sortable(col.value(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title()
        return section + 1


class WindowedRowsModel(QAbstractTableModel):
    """Rows ``0 … total-1`` of a long list, read ``page`` rows at a time when the view shows them; at most
    ``keep`` pages stay in memory (the least recently shown go first).

    ``read(previous, offset, limit)`` returns the ``limit`` rows from row ``offset``; ``previous`` is the row just
    before them when it is in memory (so the reader can go on by key), else None (a jump: by offset). The rows
    are shown in the reader's order: there is no SORT_ROLE, as a sort proxy would sort only the pages in memory.
    Columns are :class:`Column`; a column's ``tooltip``, ``color`` and ``copy`` functions, when it has them
    (the pages' RichColumn), give the tooltip, the text colour and the text copied to the clipboard.
    """

    def __init__(self, columns: Sequence[Column], parent=None, page: int = PAGE, keep: int = KEEP_PAGES):
        super().__init__(parent)
        self._columns = list(columns)
        self.page, self.keep = page, max(2, keep)  # two at least: a page and the one before it, read by key
        self._read: Callable[[Any | None, int, int], Sequence[Any]] | None = None
        self.total = 0
        self._pages: OrderedDict[int, list] = OrderedDict()

    def restart(self, read: Callable[[Any | None, int, int], Sequence[Any]] | None, total: int) -> None:
        """Show ``total`` rows read by ``read`` (None: no rows), forgetting the pages in memory."""
        self.beginResetModel()
        self._read, self.total = read, (total if read is not None else 0)
        self._pages.clear()
        self.endResetModel()

    def loaded(self) -> list:
        """The rows in memory, in list order (not necessarily adjacent pages)."""
        return [row for n in sorted(self._pages) for row in self._pages[n]]

    def pages_in_memory(self) -> list[int]:
        return sorted(self._pages)

    def row_at(self, row: int) -> Any:
        """The row (reading its page if need be), or None past the end of the list as it is now (it shrank
        since it was counted: the next restart fixes the count)."""
        if not 0 <= row < self.total or self._read is None:
            return None
        n, i = divmod(row, self.page)
        page = self._pages.get(n)
        if page is None:
            before = self._pages.get(n - 1)
            previous = before[-1] if before and len(before) == self.page else None
            page = list(self._read(previous, n * self.page, self.page))
            self._pages[n] = page
            while len(self._pages) > self.keep:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(n)
        return page[i] if i < len(page) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._columns[index.column()].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        ROW_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None or role == ROW_ROLE:
            return row
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.text is not None:
                return col.text(row)
            value = col.value(row)
            return "" if value is None else str(value)
        fn = getattr(col, "tooltip" if role == Qt.ItemDataRole.ToolTipRole else "color", None)
        return fn(row) if fn is not None else None

    def copy_text(self, row: int, column: int) -> str:
        """The text the page's Copy puts on the clipboard (a column's ``copy``, else what is shown)."""
        fn = getattr(self._columns[column], "copy", None)
        if fn is not None:
            line = self.row_at(row)
            return fn(line) if line is not None else ""
        return str(self.data(self.index(row, column)) or "")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title()
        return section + 1


def _sortable(value):
    """A value Qt can compare: ints and strings as they are, dates as ISO text, Decimals by magnitude."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return float(value)  # sort order only: never displayed, never stored
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class SortFilterModel(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    @contextlib.contextmanager
    def filter_change(self):
        """Wrap changes of custom filter criteria (Qt 6.10 API, with the older call as a fallback)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            yield
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt < 6.10
            yield
            self.invalidateRowsFilter()

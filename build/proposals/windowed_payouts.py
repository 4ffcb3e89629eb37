"""Proposed for desktop/ui/pages/mining.py (not applied there: the UI is being changed by others): the payouts
table as a window over all the rows instead of a list that grows as it is scrolled.

Why: ``LazyRowsModel`` appends every fetched chunk and keeps it, so scrolling to the end of a million payouts
holds a million ``PayoutLine`` objects — 860 MB of RSS measured by build/bench_scale.py (a bare table over
plain tuples: 560 MB), against a target of 400 MB. Here ``rowCount()`` is the number of payouts from the
start; rows are read ``PAGE`` at a time when the view paints them — by key after the page before (quick at
any depth), or by offset after a jump of the scroll bar — and at most ``KEEP_PAGES`` pages stay in memory.
The running balance of a page read by offset starts from ``records.payouts_newer`` (the per-day totals: no
scan). build/bench_scale.py measures this model beside the page as it is (case ``page``).

In mining.py: ``self.payouts_model = WindowedRowsModel(self._payout_columns(), self)``;
``refresh()`` calls ``self.payouts_model.restart(payout_pages(self.db, pid, summary.paid_sat,
self._disposed_before), summary.payouts)`` instead of ``restart(self._fetch_payouts, payout_count)``; the
status line says "{0} payouts"; ``_select_payout(payout_id)`` finds the row with
``records.payouts_newer(db, pid, day, payout_id)[0]`` (pass the day along) instead of scanning
``loaded()``; ``payout_dialog`` takes the pools from ``loaded()`` as now (the pages in memory).
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services import records

PAGE = 500
KEEP_PAGES = 40  # 20,000 rows at most

# read(previous, offset, limit): the ``limit`` rows from ``offset``; ``previous`` is the row just before them
# when it is in memory (then read by key), else None (read by offset).
PageReader = Callable[[Any | None, int, int], list]


class WindowedRowsModel(QAbstractTableModel):
    """Rows ``0 … total-1`` of a long list, read a page at a time when shown; the columns are those of
    desktop.ui.table_model (``Column``: title, value, text, align_right; RichColumn's tooltip and colour too)."""

    def __init__(self, columns: Sequence[Any], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._read: PageReader | None = None
        self.total = 0
        self._pages: OrderedDict[int, list] = OrderedDict()

    def restart(self, read: PageReader | None, total: int) -> None:
        self.beginResetModel()
        self._read, self.total = read, (total if read is not None else 0)
        self._pages.clear()
        self.endResetModel()

    def loaded(self) -> list:
        """The rows in memory, in list order (for what the page takes from "the rows at hand")."""
        return [row for n in sorted(self._pages) for row in self._pages[n]]

    def row_at(self, row: int) -> Any:
        n, i = divmod(row, PAGE)
        page = self._pages.get(n)
        if page is None:
            before = self._pages.get(n - 1)
            page = self._read(before[-1] if before else None, n * PAGE, PAGE) if self._read else []
            self._pages[n] = page
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(n)
        return page[i] if i < len(page) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:  # the list shrank since it was counted: the next refresh fixes the count
            return None
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.text is not None:
                return col.text(row)
            value = col.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            fn = getattr(col, "tooltip" if role == Qt.ItemDataRole.ToolTipRole else "color", None)
            return fn(row) if fn is not None else None
        return None

    def copy_text(self, row: int, column: int) -> str:
        """As RichRowsModel.copy_text (the page's Copy)."""
        col = self._columns[column]
        fn = getattr(col, "copy", None)
        if fn is not None:
            line = self.row_at(row)
            return fn(line) if line is not None else ""
        return str(self.data(self.index(row, column)) or "")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._columns[section].title() if orientation == Qt.Orientation.Horizontal else section + 1


class PayoutLine(tuple):
    """(payout, paid_through, balance) as mining.PayoutLine, a plain tuple."""

    __slots__ = ()

    payout = property(lambda self: self[0])
    paid_through = property(lambda self: self[1])
    balance = property(lambda self: self[2])


def payout_pages(db, profile_id: int, total_paid: int, disposed_before: Callable[[dt.date], int]) -> PageReader:
    """The page reader of the payouts list (newest first) with the holdings after each payout — what
    ``MiningPage._fetch_payouts`` computes, for pages read in any order."""

    def read(previous, offset: int, limit: int) -> list:
        if previous is not None:  # the page after one in memory: by key
            p = previous.payout
            rows = records.list_payouts(db, profile_id, limit=limit, before=(p.day, p.id))
            paid = previous.paid_through - p.amount_sat
        else:  # the first page, or a jump of the scroll bar: by offset, and what was paid after its first row
            rows = records.list_payouts(db, profile_id, limit=limit, offset=offset)
            paid = total_paid
            if rows and offset:
                paid -= records.payouts_newer(db, profile_id, rows[0].day, rows[0].id)[1]
        out = []
        for row in rows:
            out.append(PayoutLine((row, paid, paid - disposed_before(row.day))))
            paid -= row.amount_sat
        return out

    return read

"""Settings ▸ Database ▸ Copy this database to…: the books of this computer into a bank's shared database, or
a shared database into a file, from the window — what ``hashpledge migrate-db`` does on a command line.

The source is the database the window has open, read through its own connection (``Settings.db``: a file is
never opened twice). The target is chosen here: a shared database on a server (the connect dialog in its
"choose" mode: opened, not switched to nor remembered) or a new file (a file that exists is opened, never
overwritten unasked). The copy (desktop.services.db_copy) runs on the thread pool (desktop.ui.workers) with a
progress bar — the share of the rows copied and the table being copied — and Cancel, which makes the copy's
progress callback return False: the copy is rolled back and the target left as it was. A target that already
holds records is only written after the user confirmed "Replace its contents?" (default No). The result lists
every table with its rows and the checksum check; "Switch to the copy now" hands the copy to the caller
(``take_copy``), which switches the window to it. The target the dialog opened is closed with the dialog
unless taken; a target given by the caller stays the caller's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr_error
from desktop.paths import default_db_path
from desktop.services import db_copy
from desktop.store import db as store_db
from desktop.ui import formatting, messages, theme, workers
from desktop.ui.dialogs.connect_dialog import ConnectDialog, open_in_background

CTX = "CopyDialog"

# What each table holds, in the user's words (the progress line and the result); an unknown table keeps its name.
TABLE_NAMES = {
    "profile": QT_TRANSLATE_NOOP("CopyDialog", "Profiles"),
    "site": QT_TRANSLATE_NOOP("CopyDialog", "Sites"),
    "equipment": QT_TRANSLATE_NOOP("CopyDialog", "Machines"),
    "energy_record": QT_TRANSLATE_NOOP("CopyDialog", "Energy records"),
    "payout": QT_TRANSLATE_NOOP("CopyDialog", "Payouts"),
    "disposal": QT_TRANSLATE_NOOP("CopyDialog", "Disposals"),
    "wallet_address": QT_TRANSLATE_NOOP("CopyDialog", "Wallet addresses"),
    "market_price": QT_TRANSLATE_NOOP("CopyDialog", "Market prices"),
    "network_stat": QT_TRANSLATE_NOOP("CopyDialog", "Network statistics"),
    "wallet_tx": QT_TRANSLATE_NOOP("CopyDialog", "Wallet transactions"),
    "source_status": QT_TRANSLATE_NOOP("CopyDialog", "Data source status"),
    "loan_offer": QT_TRANSLATE_NOOP("CopyDialog", "Loan offers"),
    "simulation": QT_TRANSLATE_NOOP("CopyDialog", "Saved calculations"),
    "package_export": QT_TRANSLATE_NOOP("CopyDialog", "Bank packages"),
    "setting": QT_TRANSLATE_NOOP("CopyDialog", "Settings"),
    "payout_day": QT_TRANSLATE_NOOP("CopyDialog", "Daily payout totals (rebuilt)"),
}


def table_name(table: str) -> str:
    return QCoreApplication.translate(CTX, TABLE_NAMES[table]) if table in TABLE_NAMES else table


def describe(database: store_db.Database) -> str:
    """"File: …" or "Shared server: …" (never a password)."""
    if database.is_sqlite:
        return QCoreApplication.translate("CopyDialog", "File: {0}").format(database.location)
    return QCoreApplication.translate("CopyDialog", "Shared server: {0}").format(database.location)


def choose_target_file(parent: QWidget | None, suggested: str) -> str:
    """A file to copy into: a new name creates it; an existing HashPledge file is opened (the copy asks before
    replacing what it holds), so the file dialog does not ask "replace?" itself. '' when cancelled."""
    dialog = QFileDialog(parent, QCoreApplication.translate("CopyDialog", "Copy into a file"),
                         str(Path(suggested).parent),
                         QCoreApplication.translate("CopyDialog", "HashPledge database (*.sqlite3);;All files (*)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    dialog.setDefaultSuffix("sqlite3")
    dialog.selectFile(Path(suggested).name)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate("CopyDialog", "Choose"))
    try:
        return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
    finally:
        dialog.deleteLater()


class _Counter:
    """Where the copy (on the worker thread) leaves its row counts and its report for the GUI thread: plain
    Python, no Qt object is touched off the GUI thread."""

    def __init__(self):
        self.done = 0
        self.total = 0
        self.report: db_copy.CopyReport | None = None


class CopyDialog(QDialog):
    """Copy ``source`` (the window's open database) into a shared database or a file; see the module."""

    def __init__(self, source: store_db.Database, parent: QWidget | None = None,
                 target: store_db.Database | None = None):
        super().__init__(parent)
        self.source = source
        self.target: store_db.Database | None = None
        self._owns_target = False  # opened here: closed with the dialog unless taken
        self._prefilled = target is not None
        self.task: workers.Task | None = None  # the copy under way (tests wait for it)
        self.opening: workers.Task | None = None  # the target being opened
        self.report: db_copy.CopyReport | None = None  # the last copy's, when it succeeded
        self._counter = _Counter()
        self._replace = False
        self._close_with: int | None = None  # closed while copying: the result to close with once stopped
        self._taken = False
        self.setWindowTitle(self.tr("Copy the database"))
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Copies every record of the database in use into another one — a bank's shared database on a "
            "server, or a file on this computer. Every table is checked (row counts and checksums) before the "
            "copy is saved; the database in use is not changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.source_label = QLabel(describe(source))
        self.source_label.setObjectName("copySource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("From:"), self.source_label)
        self.target_label = QLabel()
        self.target_label.setObjectName("copyTarget")
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("To:"), self.target_label)
        choose = QHBoxLayout()
        self.server_button = QPushButton(self.tr("A &shared database…"))
        self.server_button.setObjectName("chooseServer")
        self.server_button.setToolTip(self.tr("A database on a PostgreSQL server, best a new, empty one."))
        self.server_button.clicked.connect(self.choose_server)
        self.file_button = QPushButton(self.tr("A new &file…"))
        self.file_button.setObjectName("chooseFile")
        self.file_button.setToolTip(self.tr("A new database file on this computer."))
        self.file_button.clicked.connect(self.choose_file)
        choose.addWidget(self.server_button)
        choose.addWidget(self.file_button)
        choose.addStretch(1)
        form.addRow("", choose)
        layout.addLayout(form)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("copyProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("copyProgressLabel")
        theme.set_tone(self.progress_label, "muted")
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)

        self.status = QLabel()
        self.status.setObjectName("copyStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.results = QTableWidget(0, 3)
        self.results.setObjectName("copyResults")
        self.results.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Rows"), self.tr("Check")])
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAlternatingRowColors(True)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.results.verticalHeader().setDefaultSectionSize(self.results.fontMetrics().height() + 8)
        layout.addWidget(self.results, 1)

        buttons = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("S&witch to the copy now"))
        self.switch_button.setObjectName("switchToCopy")
        self.switch_button.setToolTip(self.tr("Work on the copy from now on; it is also opened at the next "
                                              "start."))
        self.switch_button.clicked.connect(self.switch_to_copy)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("startCopy")
        self.copy_button.clicked.connect(lambda: self.start_copy())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelCopy")
        self.cancel_button.clicked.connect(self.cancel_copy)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeCopy")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        for button in (self.copy_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        if target is not None:  # chosen by the caller (just connected to it): the caller's to switch to and close
            self._set_target(target, owned=False)
            self.server_button.hide()
            self.file_button.hide()
        else:
            self._set_target(None, owned=False)
        self._show_idle()

    # ---- the target ----------------------------------------------------------------------------------------
    def _set_target(self, database: store_db.Database | None, *, owned: bool) -> None:
        self._drop_target()
        self.target, self._owns_target = database, owned
        self.report = None
        if database is None:
            self.target_label.setText(self.tr("Choose a shared database or a new file."))
            theme.set_tone(self.target_label, "muted")
        else:
            self.target_label.setText(describe(database))
            theme.set_tone(self.target_label, None)

    def _drop_target(self) -> None:
        if self.target is not None and self._owns_target and not self._taken:
            self.target.close()
        self.target, self._owns_target = None, False

    def choose_server(self) -> None:
        dialog = ConnectDialog(self, None if self.source.is_sqlite else self.source.location, switch=False)
        try:
            if dialog.exec() and dialog.database is not None:
                self._set_target(dialog.database, owned=True)
                self._show_idle()
        finally:
            dialog.deleteLater()

    def _suggested_file(self) -> str:
        if self.source.path is not None:
            return str(self.source.path.with_name(f"{self.source.path.stem}-copy.sqlite3"))
        return str(default_db_path().with_name("hashpledge-copy.sqlite3"))

    def choose_file(self) -> None:
        chosen = choose_target_file(self, self._suggested_file())
        if not chosen:
            return
        path = Path(chosen).expanduser().resolve()
        if self.source.path is not None and path == self.source.path:
            self._say(self.tr("This is the database in use; choose another file."), "danger")
            return
        self._busy(True)

        def done(database: store_db.Database) -> None:
            self.opening = None
            self._busy(False)
            self._set_target(database, owned=True)
            self._show_idle()

        def failed(exc: Exception) -> None:
            self.opening = None
            self._busy(False)
            self._say(tr_error(exc), "danger")

        def cancelled() -> None:
            self.opening = None
            self._busy(False)

        self.opening = open_in_background(self, path, done, failed, on_cancel=cancelled,
                                          title=self.tr("Copy the database"),
                                          label=self.tr("Opening {0}…").format(path))

    # ---- the copy ------------------------------------------------------------------------------------------
    def start_copy(self, replace: bool = False) -> None:
        """Copy into the target off the GUI thread. Without ``replace`` a target holding records is not
        written: the user is asked first, and the copy starts again with ``replace`` on Yes."""
        if self.target is None or self.task is not None:
            return
        source, target, counter = self.source, self.target, _Counter()
        self._counter, self._replace, self.report = counter, replace, None

        def work(progress: workers.Progress):
            if not replace:
                held = {name: n for name, n in target.row_counts().items() if n}
                if held:
                    return held  # the GUI thread asks "Replace its contents?"

            def report(done: int, total: int, table: str) -> bool | None:
                if progress.cancelled:
                    return False  # the copy raises CopyCancelled and rolls back
                counter.done, counter.total = done, total
                try:
                    progress(done * 100 // total if total else 100, table)
                except workers.Cancelled:  # pressed just now
                    return False
                return None

            counter.report = db_copy.copy_database(source, target, replace=replace, progress=report)
            return counter.report

        task = workers.Task(work)
        task.signals.progress.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        task.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        task.signals.cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)
        self.task = task
        self._show_running()
        QThreadPool.globalInstance().start(task)

    def cancel_copy(self) -> None:
        if self.task is not None:
            self.task.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _progressed(self, percent: int, table: str) -> None:
        if self.task is None or self.task.progress.cancelled:
            return
        self.progress_bar.setValue(max(0, min(100, percent)))
        self.progress_label.setText(self.tr("Copying: {0} ({1} of {2} rows)").format(
            table_name(table), formatting.number(self._counter.done), formatting.number(self._counter.total)))

    def _finished(self, result) -> None:
        self.task = None
        if isinstance(result, dict):  # the target holds records
            self._show_idle()
            if self._close_with is None and self._ask_replace(result):
                self.start_copy(replace=True)
                return
            if self._close_with is None:
                self._say(self.tr("Nothing was copied; {0} was not changed.").format(self.target.location), "muted")
        else:
            self._show_report(result)
        self._stopped()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self._show_idle()
        self._say(tr_error(exc), "muted" if isinstance(exc, db_copy.CopyCancelled) else "danger")
        self._stopped()

    def _cancelled(self) -> None:
        """Cancelled before the copy began — or just after it committed (then it is done all the same)."""
        self.task = None
        if self._counter.report is not None:
            self._show_report(self._counter.report)
        else:
            self._show_idle()
            self._say(tr_error(db_copy.CopyCancelled(QT_TRANSLATE_NOOP(
                "DbCopy", "Copy cancelled; {0} was not changed"), self.target.location)), "muted")
        self._stopped()

    def _stopped(self) -> None:
        if self._close_with is not None:
            result, self._close_with = self._close_with, None
            self.done(result)

    def _ask_replace(self, held: dict[str, int]) -> bool:
        listed = ", ".join(f"{table_name(name)}: {formatting.number(n)}" for name, n in held.items())
        return messages.confirm(self, self.tr("Replace its contents?"), self.tr(
            "{0} already holds records ({1}).\n\nReplace its contents by a copy of this database? Everything "
            "it holds now is deleted.").format(self.target.location, listed))

    # ---- the result ----------------------------------------------------------------------------------------
    def _show_report(self, report: db_copy.CopyReport) -> None:
        self.report = report
        self._show_idle()
        self.results.setRowCount(len(report.tables))
        ok, bad = QBrush(theme.color("ok")), QBrush(theme.color("danger"))
        for row, check in enumerate(report.tables):
            name = QTableWidgetItem(table_name(check.table))
            name.setToolTip(check.table)
            rows = QTableWidgetItem(formatting.number(check.target_rows))
            rows.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            verdict = QTableWidgetItem(self.tr("checksums match") if check.ok else self.tr("differs"))
            verdict.setForeground(ok if check.ok else bad)
            verdict.setToolTip(check.target_sha256)
            for column, item in enumerate((name, rows, verdict)):
                self.results.setItem(row, column, item)
        rows = self.results.verticalHeader().defaultSectionSize() * min(len(report.tables), 16)
        self.results.setMinimumHeight(rows + self.results.horizontalHeader().sizeHint().height()
                                      + 2 * self.results.frameWidth())  # every table in sight, no scrolling
        self.results.show()
        self._say(self.tr("Copied {0} rows into {1}. Every table was checked before the copy was saved: "
                          "the row counts and checksums match.").format(formatting.number(report.rows),
                                                                        report.target), "ok")
        self.copy_button.setEnabled(False)  # done: a second copy would only find the records there
        self.switch_button.setVisible(not self._prefilled)
        self.close_button.setDefault(True)

    def switch_to_copy(self) -> None:
        """Hand the copy to the caller (``take_copy``), which switches the window to it."""
        if self.report is None or self.target is None:
            return
        self._taken = True
        self.accept()

    def take_copy(self) -> store_db.Database | None:
        """The copy to switch to, after "Switch to the copy now" (then it is the caller's to close); else None."""
        return self.target if self._taken else None

    # ---- states --------------------------------------------------------------------------------------------
    def _show_idle(self) -> None:
        running = False
        self.progress_bar.setVisible(running)
        self.progress_label.setVisible(running)
        self.cancel_button.hide()
        self.results.setVisible(self.report is not None)
        self.switch_button.setVisible(self.report is not None and not self._prefilled)
        self.copy_button.setEnabled(self.target is not None and self.report is None)
        self.close_button.setEnabled(True)
        for button in (self.server_button, self.file_button):
            button.setEnabled(True)
        if self.report is None:
            self.copy_button.setDefault(True)
            self.status.hide()
        self._fit()

    def _show_running(self) -> None:
        self.status.hide()
        self.results.hide()
        self.switch_button.hide()
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Replacing the contents of {0}…").format(self.target.location)
                                    if self._replace else self.tr("Preparing the copy…"))
        self.progress_bar.show()
        self.progress_label.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setDefault(True)
        for button in (self.copy_button, self.close_button, self.server_button, self.file_button):
            button.setEnabled(False)
        self._fit()

    def _busy(self, busy: bool) -> None:
        for button in (self.copy_button, self.server_button, self.file_button):
            button.setEnabled(not busy and (button is not self.copy_button or self.target is not None))

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        theme.set_tone(self.status, tone)
        self.status.show()
        self._fit()

    # ---- closing -------------------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing while copying cancels the copy and closes once it has stopped (rolled back); the target
        opened here is closed unless the caller takes it."""
        if self.task is not None:
            self._close_with = result
            self.cancel_copy()
            return
        if self.opening is not None:
            self.opening.progress.cancel()
        super().done(result)
        if not self._taken:
            self._drop_target()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the wrapped texts and the result need at this width (Qt does not count
        word-wrapped labels in a window's minimum height, and squeezes the rest instead)."""
        layout = self.layout()
        layout.activate()
        needed = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        if needed > self.height() or (needed < self.height() and not self.results.isVisibleTo(self)):
            self.resize(self.width(), needed)  # no gap left where the progress bar or the result was

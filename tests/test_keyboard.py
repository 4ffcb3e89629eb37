"""Keyboard use: every page can be worked through with Tab alone, and the main flows need no mouse.

The walk presses Tab (the real key, through Qt's focus chain) from the first control of a page until the focus
comes back to it; every enabled, visible control that takes Tab focus must have been visited on the way, and
the focus must come back (no trap). Pages with tabs are walked once per tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QTabWidget, QWidget

from desktop.services import profiles
from desktop.ui import i18n, messages
from desktop.ui.app import make_app
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.profile_dialog import ProfileDialog
from desktop.ui.main_window import PAGE_KEYS, MainWindow

TAB_FOCUS = Qt.FocusPolicy.TabFocus

# (page, index of the tab shown in the page's QTabWidget ``tabs``, or None for a page without tabs)
WALKS = [
    ("dashboard", None), ("equipment", None), ("energy", 0), ("energy", 1),
    ("mining", 0), ("mining", 1), ("mining", 2), ("mining", 3),
    ("calculator", None), ("market", None),
    ("loans", 0), ("loans", 1), ("loans", 2), ("loans", 3),  # 3: the risk tab
    ("package", None), ("settings", None),
]


@pytest.fixture
def window(qtbot, demo_db):
    make_app()
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    i18n.install("en")


def takes_tab(widget: QWidget) -> bool:
    return ((widget.focusPolicy() & TAB_FOCUS) == TAB_FOCUS and widget.isVisible() and widget.isEnabled()
            and widget.focusProxy() is None)


def controls(root: QWidget) -> list[QWidget]:
    """What Tab must reach in ``root``. In a group of auto-exclusive buttons (radio buttons) Tab stops at the
    checked one and the arrow keys move between them, as everywhere."""
    out = []
    for w in root.findChildren(QWidget):
        if not takes_tab(w):
            continue
        if isinstance(w, QAbstractButton) and w.autoExclusive() and not w.isChecked() and any(
                b.isChecked() for b in w.parentWidget().findChildren(QAbstractButton) if b.autoExclusive()):
            continue
        out.append(w)
    return out


def first_control(root: QWidget) -> QWidget:
    widget = root.nextInFocusChain()
    while widget is not root:
        if root.isAncestorOf(widget) and takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError(f"nothing in {root.objectName()} takes the focus")


def tab_walk(start: QWidget, limit: int) -> tuple[list[QWidget], bool]:
    """Press Tab from ``start`` until the focus has left it and come back (True) or ``limit`` presses (False).
    (In a date field Tab first moves from section to section: the focus stays there for a few presses.)"""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    seen = [start]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start and any(w is not start for w in seen):
            return seen, True
        seen.append(now)
    return seen, False


def select_first_row_by_keys(table) -> None:
    table.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # to the top (Ctrl: no selection)
    QTest.keyClick(table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # select the current row
    assert table.selectionModel().selectedRows(), "no row selected by keys"


def describe(widgets) -> list[str]:
    return [f"{type(w).__name__}({getattr(w, 'text', lambda: '')() or w.objectName()})" for w in widgets]


@pytest.mark.parametrize(("key", "tab"), WALKS, ids=[f"{k}-{t}" for k, t in WALKS])
def test_tab_reaches_every_control_and_comes_back(window, qtbot, key, tab):
    window.show_page(key)
    page = window.pages[key]
    if tab is not None:
        page.tabs.setCurrentIndex(tab)
    qtbot.wait(20)
    wanted = controls(page)
    assert wanted, f"{key}: no control takes the focus"
    every = controls(window)  # the whole window: toolbar, navigation, docks and the page
    seen, back = tab_walk(first_control(page), limit=3 * len(every) + 40)  # date edits take a Tab per section
    assert back, f"{key}/{tab}: Tab never came back (a trap?); last: {describe(seen[-5:])}"
    missed = [w for w in wanted if w not in seen]
    assert not missed, f"{key}/{tab}: Tab never reaches {describe(missed)}"


def test_tab_order_follows_reading_order_in_the_proofs_table(window, qtbot, demo_db):
    """Copy and signature fields sit inside the proofs table: Tab goes through them row by row, before the
    list of exported packages below (cell widgets are added last to the focus chain unless ordered)."""
    window.show_page("package")
    page = window.pages["package"]
    if page.proof_table.rowCount() == 0:
        pytest.skip("the demo profile has no watch-only address")
    seen, _back = tab_walk(page.proof_table, limit=4 * page.proof_table.rowCount() + 2)
    cells = [page.proof_table.cellWidget(r, c) for r in range(page.proof_table.rowCount()) for c in (2, 3)]
    assert seen[1: 1 + len(cells)] == cells
    assert seen[1 + len(cells)] is page.exports


def test_ctrl3_then_ctrl_n_opens_the_energy_dialog_and_escape_closes_it(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["energy"]
    assert window.current_page() is page
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.dialog is None


def test_delete_on_a_selected_equipment_row_asks_to_confirm(window, qtbot, monkeypatch):
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["equipment"]
    select_first_row_by_keys(page.table)
    assert len(page.selected_units()) == 1
    serial = page.selected_units()[0].serial
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text) or False)
    count = page.proxy.rowCount()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and serial in asked[0]
    assert page.proxy.rowCount() == count  # answered No: nothing deleted


def test_enter_on_an_equipment_row_edits_it(window, qtbot, monkeypatch):
    window.show_page("equipment")
    page = window.pages["equipment"]
    select_first_row_by_keys(page.table)
    opened = []
    monkeypatch.setattr(EquipmentDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_delete_on_the_market_page_removes_the_selected_manual_price(window, qtbot, monkeypatch):
    window.show_page("market")
    page = window.pages["market"]
    page.manual_value.setFocus()
    QTest.keyClicks(page.manual_value, "50000")
    QTest.keyClick(page.manual_value, Qt.Key.Key_Return)  # Enter adds the price
    assert page.manual_model.rowCount() == 1
    select_first_row_by_keys(page.manual_table)
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    QTest.keyClick(page.manual_table, Qt.Key.Key_Delete)
    assert page.manual_model.rowCount() == 0


def test_f6_moves_between_the_navigation_and_the_page(window, qtbot):
    window.show_page("calculator")
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_F6)
    focus = QApplication.focusWidget()
    assert focus is first_control(window.pages["calculator"])
    QTest.keyClick(focus, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.nav
    QTest.keyClick(window.nav, Qt.Key.Key_Down)  # the arrows pick the page
    assert window.current_page() is window.pages[PAGE_KEYS[PAGE_KEYS.index("calculator") + 1]]


def test_page_shortcuts_still_work_after_a_language_switch(window, qtbot):
    window.set_language("ru")
    for n, key in enumerate(PAGE_KEYS):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[key], key


def test_tables_let_tab_move_on(window):
    """In a table the arrows move between cells; Tab leaves the table (else a long table holds the focus)."""
    from PySide6.QtWidgets import QTableView

    tables = [t for page in window.pages.values() for t in page.findChildren(QTableView)]
    assert tables
    assert not [t.objectName() for t in tables if t.tabKeyNavigation()]


def _dialog_walk(qtbot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wanted = controls(dialog)
    seen, back = tab_walk(first_control(dialog), limit=3 * len(wanted) + 20)
    assert back, f"{type(dialog).__name__}: Tab never came back; last: {describe(seen[-5:])}"
    assert not [w for w in wanted if w not in seen], describe([w for w in wanted if w not in seen])


def test_equipment_dialog_by_tab_alone(qtbot, demo_db):
    make_app()
    _dialog_walk(qtbot, EquipmentDialog(lambda *a: None, [], None, several=True))  # serials and notes: Tab moves on


def test_profile_dialog_by_tab_alone(qtbot, db):
    make_app()
    _dialog_walk(qtbot, ProfileDialog(lambda data: profiles.create_profile(db, data), None))


def test_escape_cancels_a_record_dialog(qtbot, db):
    make_app()
    dialog = ProfileDialog(lambda data: profiles.create_profile(db, data), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_tab_widgets_switch_with_ctrl_tab(window):
    window.show_page("loans")
    tabs: QTabWidget = window.pages["loans"].tabs
    tabs.setCurrentIndex(0)
    tabs.tabBar().setFocus()
    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1

"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 loses a reference to None on every Qt call that
returns nothing, so a long session (or a long test run) aborts with "deallocating None". pyproject.toml
excludes that release; this test fails on a binding with the same fault."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setToolTip("y")
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 4,000 Qt calls: a faulty PySide6 build"

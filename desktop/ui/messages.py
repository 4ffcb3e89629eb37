"""Every message box and file dialog goes through here, so tests patch one place."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, filters: str, directory: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return path


def save_file(parent: QWidget | None, title: str, filters: str, directory: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filters)
    return path

"""Small widgets shared by several pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"  # the one red of validation messages


def error_label(*, hidden: bool = False) -> QLabel:
    """A red, word-wrapped label for a validation message (object name ``errorLabel``)."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label


class FigureCard(QFrame):
    """One headline number: a caption (text, or a widget such as a label with a date field), the value in
    large type and a grey detail line under it."""

    def __init__(self, caption: str | QWidget, parent=None):
        super().__init__(parent)
        self.setObjectName("figure")
        self.setStyleSheet(
            "QFrame#figure { border: 1px solid palette(midlight); border-radius: 6px; background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        if isinstance(caption, str):
            caption = QLabel(caption)
            caption.setStyleSheet("color: palette(dark);")
        self.caption = caption
        layout.addWidget(caption)
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_color(self, color: QColor | None) -> None:
        self.value.setStyleSheet(f"color: {color.name()};" if color is not None else "")

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

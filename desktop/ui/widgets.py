"""Small widgets shared by several pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget

from desktop.ui import theme

# The one red of validation messages, for a label that sets its own style sheet: both palettes of
# desktop.ui.theme make BrightText the theme's danger red. Labels without a style sheet use theme.set_tone.
ERROR_STYLE = "color: palette(bright-text);"
MUTED_STYLE = "color: palette(placeholder-text);"  # notes and captions: the theme's muted grey


def scrolling_body(page: QWidget) -> QVBoxLayout:
    """Give ``page`` a frameless vertical scroll area filling it and return the layout of its contents: in a
    small window the page scrolls instead of squeezing its fields (Dashboard, Settings, the risk tab)."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    return QVBoxLayout(body)


def tab_leaves_tables(root: QWidget) -> None:
    """In this app Tab goes from control to control and the arrows move within a table. A table's default —
    Tab from cell to cell — would hold the focus in a long table (a keyboard trap), so Tab leaves tables."""
    for view in root.findChildren(QTableView):
        view.setTabKeyNavigation(False)


def error_label(*, hidden: bool = False) -> QLabel:
    """A red, word-wrapped label for a validation message (object name ``errorLabel``)."""
    label = QLabel()
    label.setObjectName("errorLabel")
    theme.set_tone(label, "danger")
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
            "QFrame#figure { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        if isinstance(caption, str):
            caption = QLabel(caption)
            caption.setStyleSheet(MUTED_STYLE)
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
        self.detail.setStyleSheet(MUTED_STYLE)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set_color(self, color: QColor | None) -> None:
        """A fixed colour for the value (None: the normal text). Prefer set_tone: it follows the theme."""
        self.value.setStyleSheet(f"color: {color.name()};" if color is not None else "")
        if color is None:
            theme.set_tone(self.value, None)

    def set_tone(self, tone: str | None) -> None:
        """Colour the value by meaning ("ok", "warning", "danger", "muted"; None: the normal text)."""
        self.value.setStyleSheet("")
        theme.set_tone(self.value, tone)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

"""An LTV gauge: a horizontal bar from 0 to 100 % with the offer's thresholds marked and the loan's LTV."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui import formatting, theme


def _pct(share: Decimal) -> str:
    return formatting.number(share * 100, 1) + "\u00a0%"


ZONES = (("ok", "initial"), ("warning", "margin_call"), ("danger", "liquidation"))  # theme colour, threshold


class LtvGauge(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ltv: Decimal | None = None
        self.thresholds: dict[str, Decimal] = {}
        self.labels: dict[str, str] = {}

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(360, 64)

    def set_values(self, ltv: Decimal | None, thresholds: dict[str, Decimal], labels: dict[str, str]) -> None:
        self.ltv, self.thresholds, self.labels = ltv, thresholds, labels
        self.setToolTip("\n".join(f"{labels.get(k, k)}: {_pct(v)}" for k, v in thresholds.items()))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width() - 2
        bar = QRectF(1, 22, w, 14)

        def x(v: Decimal) -> float:
            return 1 + w * float(min(max(v, Decimal(0)), Decimal(1)))  # drawing coordinates only

        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.color("zone_ok"))
        p.drawRoundedRect(bar, 4, 4)
        edges = [Decimal(0)] + [self.thresholds[k] for _c, k in ZONES[1:] if k in self.thresholds] + [Decimal(1)]
        fills = [theme.color(f"zone_{tone}") for tone, _k in ZONES]
        for n in range(len(edges) - 1):
            p.setBrush(fills[min(n, 2)])
            p.drawRect(QRectF(x(edges[n]), bar.top(), x(edges[n + 1]) - x(edges[n]), bar.height()))
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        p.setFont(small)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for tone, key in ZONES:
            if key not in self.thresholds:
                continue
            xv = x(self.thresholds[key])
            p.setPen(QPen(theme.color(f"line_{tone}"), 2))
            p.drawLine(int(xv), int(bar.top()) - 4, int(xv), int(bar.bottom()) + 4)
            text = _pct(self.thresholds[key])
            p.setPen(text_color)  # the mark carries the colour; the figure stays readable on any theme
            p.drawText(QRectF(xv - 40, bar.bottom() + 4, 80, 16), Qt.AlignmentFlag.AlignHCenter, text)
        if self.ltv is not None:
            xv = x(self.ltv)
            marker = theme.color("ltv")
            p.setPen(QPen(marker, 3))
            p.drawLine(int(xv), 2, int(xv), int(bar.bottom()))
            p.setPen(marker)
            bold = QFont(small)
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(QRectF(min(max(xv - 60, 0), w - 120), 0, 120, 18), Qt.AlignmentFlag.AlignHCenter,
                       self.labels.get("now", "LTV") + " " + _pct(self.ltv))
        p.end()

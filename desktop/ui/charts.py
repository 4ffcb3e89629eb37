"""Small helpers for QtCharts: month bar charts and line charts from (date, value) series.

Chart coordinates are floats by nature; they are drawn, never printed or stored as amounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter

from desktop.ui import formatting, theme

# Series colours: mid-tone, so they read on the light and on the dark theme's chart background.
PALETTE = ("#1f6feb", "#f7931a", "#2da44e", "#8250df", "#cf222e")


def _new_chart() -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    theme.style_chart(chart)
    return localize(chart)


def localize(chart: QChart) -> QChart:
    """Axis numbers and dates in the app's locale: decimal comma, grouping and month names in Russian."""
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    return chart


def make_view(min_height: int = 220) -> QChartView:
    view = QChartView(_new_chart())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with the keyboard there: no Tab stop
    return view


def clear(view: QChartView) -> QChart:
    """Put a fresh chart in the view (re-using a chart leaves stale axis labels painted) and return it."""
    old = view.chart()
    chart = _new_chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    return chart


def _small_font():
    font = QFont()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    return font


def month_bars(view: QChartView, title: str, months: Sequence[dt.date], sets: Sequence[tuple[str, Sequence[float]]],
               value_format: str = "%.2f", last: int = 24, label: Callable[[dt.date], str] | None = None,
               short_months: bool = False) -> QChart:
    """Bars per month (the last ``last`` months), one bar set per named series; ``label`` names a bar's date
    on the axis (default: the month, formatting.chart_month)."""
    chart = clear(view)
    chart.setTitle(title)
    months = list(months)[-last:]
    series = QBarSeries()
    for n, (name, values) in enumerate(sets):
        bar = QBarSet(name)
        bar.setColor(QColor(PALETTE[n % len(PALETTE)]))
        bar.setBorderColor(bar.color())  # not the theme's white outline, which glares on the dark background
        for v in list(values)[-last:]:
            bar.append(float(v or 0))
        series.append(bar)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    if short_months:  # the locale's short month names: unique within a year, and they fit
        axis_x.append([QLocale().monthName(m.month, QLocale.FormatType.ShortFormat) for m in months])
    else:
        axis_x.append([(label or formatting.chart_month)(m) for m in months])
    axis_x.setLabelsFont(_small_font())
    axis_x.setLabelsAngle(-90 if len(months) > 12 else 0)
    axis_y = QValueAxis()
    axis_y.setLabelFormat(value_format)
    axis_y.setLabelsFont(_small_font())
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    axis_y.applyNiceNumbers()
    chart.legend().setVisible(len(sets) > 1)
    theme.style_chart(chart)  # the axes just added
    return chart


def date_lines(view: QChartView, title: str, lines: Sequence[tuple[str, Sequence[tuple[dt.date, float]]]],
               value_format: str = "%.2f", date_format: str | None = None,
               colors: Sequence[str] | None = None) -> QChart:
    chart = clear(view)
    chart.setTitle(title)
    axis_x = QDateTimeAxis()
    axis_x.setFormat(date_format or formatting.month_format())
    axis_y = QValueAxis()
    axis_y.setLabelFormat(value_format)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for n, (name, points) in enumerate(lines):
        series = QLineSeries()
        series.setName(name)
        series.setColor(QColor(colors[n] if colors and n < len(colors) else PALETTE[n % len(PALETTE)]))
        for day, value in points:
            series.append(QDateTime(QDate(day), QTime(0, 0)).toMSecsSinceEpoch(), float(value))
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    axis_x.setLabelsFont(_small_font())
    axis_y.setLabelsFont(_small_font())
    if lines and any(points for _, points in lines):
        axis_y.applyNiceNumbers()
    chart.legend().setVisible(len(lines) > 1)
    theme.style_chart(chart)  # the axes just added
    return chart

"""Appearance: a light and a dark palette on the Fusion style, chosen in Settings or following the system.

``install`` (called by ``make_app``) applies the saved choice — "system" (the default), "light" or "dark" —
and, while the choice is "system", follows ``QStyleHints.colorScheme`` live. The Fusion style with our own
palettes looks the same on Windows and Linux, whatever the desktop theme.

Colours that carry a meaning come from here, never from a literal in a page:

* text in a style sheet: ``palette(placeholder-text)`` for muted notes and ``palette(bright-text)`` for errors
  (both palettes set those roles to the muted grey and the danger red), or a ``tone`` property
  (:func:`set_tone`: "ok", "warning", "danger", "muted") matched by rules in the application style sheet;
* painting and item models: :func:`color` ("ok", "warning", "danger", "muted", the LTV gauge's zones …);
* charts: :func:`style_chart` gives a chart the palette's background, text and grid colours (series keep
  their own colours, which read on both backgrounds).

A switch re-applies the palette and the style sheet (every widget repolishes) and restyles every chart on
screen. The PDF report and its chart images never use any of this: they are always drawn light.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

MODES = ("system", "light", "dark")
SETTING_KEY = "ui/appearance"

# Semantic colours, each readable on the palette's window and base colours (WCAG AA for the text ones).
COLORS = {
    "light": {
        "ok": "#116329", "warning": "#8a5a00", "danger": "#b00020", "muted": "#666666",
        "ltv": "#1f3a5f",  # the LTV marker of the gauge
        "zone_ok": "#d7f0de", "zone_warning": "#fbefc6", "zone_danger": "#f8d3d3",  # gauge fills
        "line_ok": "#2da44e", "line_warning": "#d4a72c", "line_danger": "#cf222e",  # gauge threshold marks
        "chart_grid": "#e2e2e2", "chart_axis": "#a8a8a8",
    },
    "dark": {
        "ok": "#56d364", "warning": "#e3b341", "danger": "#ff7b72", "muted": "#a3a3a8",
        "ltv": "#9ecbff",
        "zone_ok": "#1d3b27", "zone_warning": "#41361a", "zone_danger": "#4a2323",
        "line_ok": "#3fb950", "line_warning": "#d29922", "line_danger": "#f85149",
        "chart_grid": "#3b3b40", "chart_axis": "#6e6e75",
    },
}
TONES = ("ok", "warning", "danger", "muted")

_state = {"mode": "system", "dark": False, "base_style": "", "busy": False, "applied": None}
_palettes: dict[bool, QPalette] = {}  # built once: every QPalette.setColor call costs (see _palette)


class _Notifier(QObject):
    changed = Signal(bool)  # dark


notifier: _Notifier | None = None  # made with the first application (a QObject needs one)


# ---- the choice ------------------------------------------------------------------------------------------
def saved_mode() -> str:
    value = QSettings().value(SETTING_KEY, "system")
    return value if value in MODES else "system"


def save_mode(mode: str) -> None:
    QSettings().setValue(SETTING_KEY, mode if mode in MODES else "system")


def mode() -> str:
    return _state["mode"]


def is_dark() -> bool:
    return _state["dark"]


def system_scheme() -> Qt.ColorScheme:
    """The desktop's colour scheme (Unknown where the platform does not say, e.g. offscreen: then light)."""
    return QGuiApplication.styleHints().colorScheme()


# ---- palettes ----------------------------------------------------------------------------------------------
def _palette(active: dict[str, str], disabled: dict[str, str]) -> QPalette:
    """Built once per process and cached by ``palette``: with PySide6 6.12 on Python 3.11 every call of a
    method returning nothing drops a reference to None, so this module calls as few of them as it can."""
    pal = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, value in active.items():
            pal.setColor(group, getattr(QPalette.ColorRole, role), QColor(value))
    for role, value in disabled.items():
        pal.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(value))
    return pal


def light_palette() -> QPalette:
    """Qt's Fusion light palette, with a darker muted text (placeholder) and the danger red as BrightText."""
    c = COLORS["light"]
    return _palette({
        "Window": "#efefef", "WindowText": "#000000", "Base": "#ffffff", "AlternateBase": "#f5f5f5",
        "Text": "#000000", "PlaceholderText": c["muted"], "Button": "#efefef", "ButtonText": "#000000",
        "BrightText": c["danger"], "Light": "#ffffff", "Midlight": "#cacaca", "Mid": "#b8b8b8",
        "Dark": "#9f9f9f", "Shadow": "#767676", "Highlight": "#308cc6", "HighlightedText": "#ffffff",
        "Link": "#0b5cad", "LinkVisited": "#6a3fb0", "ToolTipBase": "#ffffdc", "ToolTipText": "#000000",
        "Accent": "#308cc6",
    }, {
        "WindowText": "#9a9a9a", "Text": "#9a9a9a", "ButtonText": "#9a9a9a", "Base": "#efefef",
        "Highlight": "#919191", "HighlightedText": "#ffffff", "PlaceholderText": "#b0b0b0", "Shadow": "#b1b1b1",
    })


def dark_palette() -> QPalette:
    c = COLORS["dark"]
    return _palette({
        "Window": "#2b2b2e", "WindowText": "#e6e6e6", "Base": "#1f1f22", "AlternateBase": "#27272b",
        "Text": "#e6e6e6", "PlaceholderText": c["muted"], "Button": "#36363a", "ButtonText": "#e6e6e6",
        "BrightText": c["danger"], "Light": "#4b4b50", "Midlight": "#424247", "Mid": "#2e2e32",
        "Dark": "#1c1c1f", "Shadow": "#0e0e10", "Highlight": "#2f7dc9", "HighlightedText": "#ffffff",
        "Link": "#6cb6ff", "LinkVisited": "#c39bff", "ToolTipBase": "#3a3a3f", "ToolTipText": "#eeeeee",
        "Accent": "#2f7dc9",
    }, {
        "WindowText": "#7c7c82", "Text": "#7c7c82", "ButtonText": "#7c7c82", "Base": "#29292c",
        "Button": "#303034", "Highlight": "#4a4a4f", "HighlightedText": "#bdbdbd", "PlaceholderText": "#66666b",
    })


def palette(dark: bool | None = None) -> QPalette:
    dark = is_dark() if dark is None else dark
    if dark not in _palettes:
        _palettes[dark] = dark_palette() if dark else light_palette()
    return QPalette(_palettes[dark])


def color(name: str, dark: bool | None = None) -> QColor:
    """A semantic colour of the current theme (or of the one asked for)."""
    return QColor(COLORS["dark" if (is_dark() if dark is None else dark) else "light"][name])


def tone_rules(dark: bool) -> str:
    c = COLORS["dark" if dark else "light"]
    return "".join(f'\n*[tone="{t}"] {{ color: {c[t]}; }}' for t in TONES)


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour ``widget``'s text by meaning ("ok", "warning", "danger", "muted"; None: the normal text).
    The colour follows the theme. A colour in the widget's own style sheet would win: don't set one."""
    if (widget.property("tone") or None) == (tone or None):
        return
    widget.setProperty("tone", tone or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


# ---- applying ----------------------------------------------------------------------------------------------
def install(base_style: str = "") -> None:
    """Set the Fusion style and the saved appearance; follow the system while it is "system". Called by
    ``make_app`` every time (the signal is connected once)."""
    global notifier
    _state["base_style"] = base_style
    if notifier is None:
        notifier = _Notifier()
        QGuiApplication.styleHints().colorSchemeChanged.connect(_system_changed)
    apply(saved_mode())


def _system_changed(scheme: Qt.ColorScheme) -> None:
    if _state["mode"] == "system" and not _state["busy"]:
        apply("system", scheme)


def apply(mode: str | None = None, scheme: Qt.ColorScheme | None = None) -> bool:
    """Apply ``mode`` (default: the current one); for "system", ``scheme`` stands for the system's scheme
    (tests simulate one). Returns whether the dark palette is now in use."""
    app = QApplication.instance()
    if mode is not None:
        _state["mode"] = mode if mode in MODES else "system"
    hints = QGuiApplication.styleHints()
    _state["busy"] = True
    try:
        # Tell the platform too, so window frames follow where it can (e.g. Windows 11's title bar).
        if _state["mode"] == "system":
            if hasattr(hints, "unsetColorScheme"):
                hints.unsetColorScheme()
            dark = (scheme if scheme is not None else system_scheme()) == Qt.ColorScheme.Dark
        else:
            dark = _state["mode"] == "dark"
            if hasattr(hints, "setColorScheme"):
                hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    finally:
        _state["busy"] = False
    _state["dark"] = dark
    if app is None:
        return dark
    style_sheet = _state["base_style"] + tone_rules(dark)
    if _state["applied"] == (id(app), dark, style_sheet) and app.styleSheet() == style_sheet:
        return dark  # nothing changed (make_app runs again, the system repeats its scheme)
    if _state.get("fusion") != id(app):  # (app.style() is the style sheet's proxy: ask once, not by name)
        app.setStyle("Fusion")
        _state["fusion"] = id(app)
    pal = palette(dark)
    app.setPalette(pal)
    QToolTip.setPalette(pal)
    # Setting the style sheet again makes every widget re-read its palette() references.
    app.setStyleSheet(style_sheet)
    _state["applied"] = (id(app), dark, style_sheet)
    restyle_charts()
    if notifier is not None:
        notifier.changed.emit(dark)
    return dark


# ---- charts -------------------------------------------------------------------------------------------------
# Colours an axis has when nobody chose one: QtCharts' light and dark theme defaults, an unattached axis'
# black, and what style_chart gave it before. Anything else was chosen by a page and is kept.
_NEUTRAL_LABELS = {"#404044", "#ffffff", "#000000", "#e6e6e6"}  # + both palettes' Text
_NEUTRAL_LINES = {"#e2e2e2", "#d6d6d6", "#86878c", "#000000"} | {
    c[k] for c in COLORS.values() for k in ("chart_grid", "chart_axis")}


def style_chart(chart) -> None:
    """Give a QChart the theme's background, title, legend and axis colours. Colours a page chose on purpose
    (an axis drawn in its series' colour) are kept: only default and theme colours are replaced."""
    if chart is None:
        return
    pal = palette()
    text = pal.color(QPalette.ColorRole.Text)
    base = pal.color(QPalette.ColorRole.Base)
    frame = pal.color(QPalette.ColorRole.Mid)
    c = COLORS["dark" if is_dark() else "light"]
    grid, line = QColor(c["chart_grid"]), QColor(c["chart_axis"])
    # Each setter only when the colour differs: restyling the same theme again costs nothing.
    if chart.backgroundBrush().color() != base or chart.backgroundBrush().style() != Qt.BrushStyle.SolidPattern:
        chart.setBackgroundBrush(QBrush(base))
    if chart.backgroundPen().color() != frame:
        chart.setBackgroundPen(frame)
    if chart.titleBrush().color() != text:
        chart.setTitleBrush(QBrush(text))
    if chart.legend().labelColor() != text:
        chart.legend().setLabelColor(text)
    for axis in chart.axes():
        if axis.labelsColor() != text and axis.labelsColor().name() in _NEUTRAL_LABELS:
            axis.setLabelsColor(text)
        if axis.titleBrush().color() != text and axis.titleBrush().color().name() in _NEUTRAL_LABELS:
            axis.setTitleBrush(QBrush(text))
        if axis.gridLineColor() != grid and axis.gridLineColor().name() in _NEUTRAL_LINES:
            axis.setGridLineColor(grid)
        if axis.minorGridLineColor() != grid and axis.minorGridLineColor().name() in _NEUTRAL_LINES:
            axis.setMinorGridLineColor(grid)
        if axis.linePenColor() != line and axis.linePenColor().name() in _NEUTRAL_LINES:
            axis.setLinePenColor(line)


def restyle_charts() -> None:
    """Restyle every chart on screen (after a switch)."""
    try:
        from PySide6.QtCharts import QChartView
    except ImportError:  # pragma: no cover - QtCharts is part of PySide6
        return
    for widget in QApplication.allWidgets():
        if isinstance(widget, QChartView):
            style_chart(widget.chart())

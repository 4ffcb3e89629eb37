"""Light and dark appearance: the palettes, the remembered choice, following the system, the colours of
figure cards, error labels, the LTV gauge, charts and table flags — and a PDF that stays light."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop.services.pdf_report import ReportDoc, Section, Table, render_report
from desktop.ui import charts, theme
from desktop.ui.app import make_app
from desktop.ui.ltv_gauge import LtvGauge
from desktop.ui.widgets import FigureCard, error_label

ROLE = QPalette.ColorRole


@pytest.fixture(autouse=True)
def app(qapp):
    application = make_app()
    yield application
    theme.save_mode("system")
    theme.apply("system", Qt.ColorScheme.Light)  # the other tests run light, whatever this one left


def lightness(color: QColor) -> int:
    return color.lightness()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_light_and_dark_change_the_application_palette(app):
    assert theme.apply("light") is False
    light = app.palette()
    assert lightness(light.color(ROLE.Window)) > 200 and lightness(light.color(ROLE.Base)) > 240
    assert lightness(light.color(ROLE.Text)) < 40 and lightness(light.color(ROLE.WindowText)) < 40
    assert theme.apply("dark") is True
    dark = app.palette()
    assert lightness(dark.color(ROLE.Window)) < 70 and lightness(dark.color(ROLE.Base)) < 70
    assert lightness(dark.color(ROLE.Text)) > 190 and lightness(dark.color(ROLE.WindowText)) > 190
    for role in (ROLE.Window, ROLE.Base, ROLE.Text, ROLE.Button, ROLE.ButtonText, ROLE.PlaceholderText):
        assert light.color(role) != dark.color(role), role
    assert theme.is_dark() and theme.mode() == "dark"


def test_semantic_roles_contrast_in_both_themes(app):
    """Muted text (placeholder) and the error red (bright-text) are readable on the window and the base."""
    def contrast(a: QColor, b: QColor) -> float:
        def lum(c):
            ch = [v / 255 for v in (c.red(), c.green(), c.blue())]
            ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
            return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
        hi, lo = sorted((lum(a), lum(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    for dark in (False, True):
        pal = theme.palette(dark)
        for role in (ROLE.Text, ROLE.PlaceholderText, ROLE.BrightText):
            for background in (ROLE.Window, ROLE.Base):
                assert contrast(pal.color(role), pal.color(background)) >= 4.5, (dark, role, background)
        for tone in theme.TONES:
            assert contrast(theme.color(tone, dark), pal.color(ROLE.Window)) >= 4.5, (dark, tone)


def test_the_choice_is_remembered(qtbot, db):
    from desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(db)
    qtbot.addWidget(page)
    assert page.appearance.currentData() == "system"
    page.appearance.setCurrentIndex(page.appearance.findData("dark"))
    assert theme.saved_mode() == "dark" and QSettings().value(theme.SETTING_KEY) == "dark"
    assert theme.is_dark()
    app = make_app()  # the next start
    assert theme.mode() == "dark" and lightness(app.palette().color(ROLE.Window)) < 70
    again = SettingsPage(db)
    qtbot.addWidget(again)
    assert again.appearance.currentData() == "dark"
    again.appearance.setCurrentIndex(again.appearance.findData("light"))
    assert theme.saved_mode() == "light" and not theme.is_dark()


def test_system_follows_the_desktop_scheme(app):
    assert theme.apply("system", Qt.ColorScheme.Dark) is True
    assert lightness(app.palette().color(ROLE.Window)) < 70
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the desktop switches
    assert not theme.is_dark() and lightness(app.palette().color(ROLE.Window)) > 200
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark()
    theme.apply("light")  # a fixed choice ignores the desktop
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.is_dark()


def test_figure_card_and_error_label_follow_the_theme(qtbot):
    card = shown(qtbot, FigureCard("Holdings"))
    card.set("1 BTC", "at 100 000")
    card.set_tone("danger")
    error = shown(qtbot, error_label())
    error.setText("Amount: not a number")
    for dark in (False, True, False):
        theme.apply("dark" if dark else "light")
        qtbot.wait(10)
        assert card.detail.palette().color(ROLE.WindowText) == theme.color("muted", dark)
        assert card.caption.palette().color(ROLE.WindowText) == theme.color("muted", dark)
        assert card.value.palette().color(ROLE.WindowText) == theme.color("danger", dark)
        assert error.palette().color(ROLE.WindowText) == theme.color("danger", dark)
    card.set_tone(None)
    assert card.value.palette().color(ROLE.WindowText) == QApplication.palette().color(ROLE.WindowText)


def test_ltv_gauge_paints_in_theme_colours(qtbot):
    gauge = shown(qtbot, LtvGauge())
    gauge.resize(400, 64)
    gauge.set_values(Decimal("0.3"), {"initial": Decimal("0.5"), "margin_call": Decimal("0.7"),
                                      "liquidation": Decimal("0.8")}, {"now": "LTV"})
    pixels = {}
    for dark in (False, True):
        theme.apply("dark" if dark else "light")
        image = gauge.grab().toImage()
        ratio = image.devicePixelRatio()
        zone = image.pixelColor(int(20 * ratio), int(29 * ratio))  # inside the bar, left of every mark
        assert zone == theme.color("zone_ok", dark), (dark, zone.name())
        colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        assert theme.color("ltv", dark).name() in colours  # the LTV marker
        pixels[dark] = zone
    assert pixels[False] != pixels[True]


def test_charts_take_the_theme_and_follow_a_switch(qtbot):
    theme.apply("light")
    view = shown(qtbot, charts.make_view())
    months = [dt.date(2025, m, 1) for m in range(1, 7)]
    chart = charts.month_bars(view, "BTC", months, [("BTC", [1, 2, 3, 4, 5, 6])])
    axis = chart.axes()[0]
    light = (chart.backgroundBrush().color(), chart.titleBrush().color(), axis.labelsColor())
    assert light == (QColor("#ffffff"), QColor("#000000"), QColor("#000000"))
    theme.apply("dark")  # the chart on screen is restyled
    dark = (chart.backgroundBrush().color(), chart.titleBrush().color(), axis.labelsColor())
    assert lightness(dark[0]) < 70 and lightness(dark[1]) > 190 and lightness(dark[2]) > 190
    assert chart.legend().labelColor() == dark[1]
    fresh = charts.date_lines(view, "Holdings", [("BTC", [(dt.date(2025, 1, 1), 1.0), (dt.date(2025, 2, 1), 2.0)])])
    assert fresh.backgroundBrush().color() == dark[0] and fresh.axes()[0].labelsColor() == dark[2]


def test_energy_chart_keeps_its_own_axis_colour_and_flags_follow_the_theme(qtbot, demo_db):
    from desktop.ui.pages.energy import COST_COLOR, EnergyPage, MonthLine

    page = EnergyPage(demo_db)
    qtbot.addWidget(page)
    flagged = MonthLine(dt.date(2025, 1, 1), Decimal(100), Decimal(50), Decimal("1"), Decimal(10), True, 31, 31)
    for dark in (False, True):
        theme.apply("dark" if dark else "light")
        assert page.cost_axis.labelsColor() == COST_COLOR  # drawn in its series' colour on purpose
        assert page.kwh_axis.labelsColor() == theme.palette(dark).color(ROLE.Text)
        assert page.chart.backgroundBrush().color() == theme.palette(dark).color(ROLE.Base)
        assert page._month_color(flagged, 3) == theme.color("warning", dark)


def test_pdf_report_stays_light_in_dark_mode(tmp_path):
    theme.apply("dark")
    doc = ReportDoc(title="Bank dossier", package_id="HP-1", created="01.01.2026",
                    applicant=[("Name", "Ivan Petrov")],
                    sections=[Section(title="Equipment", paragraphs=["Text in the body."],
                                      tables=[Table(headers=["Model", "TH/s"], rows=[["S19", "95"]])])])
    pdf = tmp_path / "dark.pdf"
    render_report(pdf, doc, lang="en")
    assert shutil.which("pdftoppm"), "pdftoppm missing: install poppler-utils (.ci/run does)"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull()
    assert image.pixelColor(2, 2) == QColor("white")  # paper
    assert image.pixelColor(image.width() // 2, image.height() - 3) == QColor("white")
    darkest = min(image.pixelColor(x, y).lightness() for x in range(0, image.width(), 2)
                  for y in range(0, image.height() // 3))
    assert darkest < 60, "the body text is not black: it took the dark theme's light text colour"


def test_high_dpi_policy_and_a_scalable_icon(app):
    assert QGuiApplication.highDpiScaleFactorRoundingPolicy() == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    icon = app.windowIcon()
    assert not icon.isNull()
    for edge in (16, 48, 256, 512):  # drawn from the SVG at every size, never scaled up from a small raster
        pixmap = icon.pixmap(QSize(edge, edge))
        assert pixmap.width() == edge and pixmap.height() == edge

"""The bank dossier as a PDF, drawn with Qt only (QTextDocument + QPdfWriter, no browser engine).

The caller formats every value (money, dates) beforehand; this module only lays text out.
All user text is HTML-escaped before it reaches the QTextDocument, so a name such as
``<b>ИП «Рога & копыта»</b>`` prints literally.  Every page gets a header (package id,
creation date) and a footer ("Page N of M") drawn with QPainter.  The bundled DejaVu Sans
fonts are used so Cyrillic renders everywhere and the fonts are embedded in the PDF.
"""

from __future__ import annotations

import errno
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.paths import resources_dir

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
RESOLUTION = 300
MARGIN_MM = 15.0
BODY_PT = 9.5
HEADER_PT = 7.5

# Built-in Russian labels, used when lang == "ru" and no translation catalogue provides them.
_RU = {
    "Page {0} of {1}": "Страница {0} из {1}",
    "Package {0}": "Пакет {0}",
    "Created {0}": "Создан {0}",
    "Applicant": "Заявитель",
}


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    align_right_columns: set[int] = field(default_factory=set)


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    image_png: bytes | None = None


@dataclass
class ReportDoc:
    title: str
    package_id: str
    created: str
    applicant: list[tuple[str, str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def _label(text: str, lang: str) -> str:
    """The header/footer label ``text`` in ``lang`` ('en' or 'ru')."""
    if lang.startswith("ru"):
        translated = QCoreApplication.translate("PdfReport", text)
        return translated if translated != text else _RU.get(text, text)
    return text


def _mark_for_translation() -> None:  # pragma: no cover - only for pyside6-lupdate
    QCoreApplication.translate("PdfReport", "Page {0} of {1}")
    QCoreApplication.translate("PdfReport", "Package {0}")
    QCoreApplication.translate("PdfReport", "Created {0}")
    QCoreApplication.translate("PdfReport", "Applicant")


_family_cache: str | None = None


def font_family() -> str:
    """Register the bundled DejaVu fonts (once) and return their family name."""
    global _family_cache
    if _family_cache:
        return _family_cache
    family = FALLBACK_FAMILY
    for name in FONT_FILES:
        path = resources_dir() / "fonts" / name
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    _family_cache = family
    return family


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def _table_html(table: Table) -> str:
    right = set(table.align_right_columns)
    parts = ['<table class="grid" width="100%" cellspacing="0" cellpadding="3" border="1">']
    if table.headers:
        parts.append("<thead><tr>")
        for i, h in enumerate(table.headers):
            align = "right" if i in right else "left"
            parts.append(f'<th align="{align}" bgcolor="#e8ecf2">{_esc(h)}</th>')
        parts.append("</tr></thead>")
    parts.append("<tbody>")
    for r, row in enumerate(table.rows):
        bg = ' bgcolor="#f6f8fb"' if r % 2 else ""
        parts.append(f"<tr{bg}>")
        for i, cell in enumerate(row):
            align = "right" if i in right else "left"
            parts.append(f'<td align="{align}">{_esc(cell)}</td>')
        parts.append("</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def build_html(doc: ReportDoc, lang: str, images: dict[str, QImage], max_image_px: float) -> str:
    """The body HTML; ``images`` receives the section images keyed by their resource URL."""
    out = [f'<h1>{_esc(doc.title)}</h1>']
    if doc.applicant:
        out.append(f"<h2>{_esc(_label('Applicant', lang))}</h2>")
        out.append('<table class="kv" width="100%" cellspacing="0" cellpadding="3" border="0">')
        for label, value in doc.applicant:
            out.append(f'<tr><td width="35%"><b>{_esc(label)}</b></td><td>{_esc(value)}</td></tr>')
        out.append("</table>")
    for n, section in enumerate(doc.sections):
        out.append(f"<h2>{_esc(section.title)}</h2>")
        for paragraph in section.paragraphs:
            out.append(f"<p>{_esc(paragraph)}</p>")
        for table in section.tables:
            out.append(_table_html(table))
            out.append("<p></p>")
        if section.image_png:
            image = QImage.fromData(section.image_png)
            if not image.isNull():
                url = f"hashpledge-img://section/{n}"
                images[url] = image
                width = min(float(image.width()), max_image_px)
                height = image.height() * width / image.width()
                out.append(f'<p align="center"><img src="{url}" width="{width:.0f}" height="{height:.0f}"></p>')
    return "\n".join(out)


def paper_palette() -> QPalette:
    """Black text on white: the colours of the PDF, independent of the app's (possibly dark) theme."""
    palette = QPalette(QColor("black"), QColor("white"))
    for role, value in ((QPalette.ColorRole.Text, "black"), (QPalette.ColorRole.WindowText, "black"),
                        (QPalette.ColorRole.Base, "white"), (QPalette.ColorRole.Window, "white"),
                        (QPalette.ColorRole.Link, "#0b5cad")):
        palette.setColor(role, QColor(value))
    return palette


def ensure_gui_application() -> None:
    """Painting and fonts need a Qt application. In the headless CLI there is none: make one on the
    offscreen platform (no display needed), kept alive for the process. It is a QApplication (not just a
    QGuiApplication) so that widgets created later in the same process still work."""
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication([])


def render_report(path: Path, doc: ReportDoc, *, lang: str) -> int:
    """Write ``doc`` as a PDF to ``path``; return the page count."""
    ensure_gui_application()
    family = font_family()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(doc.title)
    writer.setCreator("HashPledge")

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(QCoreApplication.translate("Packages", "cannot write PDF: {0}").format(path))
    try:
        dpi = writer.resolution()
        page = QRectF(0, 0, writer.width(), writer.height())  # printable area, device pixels
        small = QFont(family)
        small.setPointSizeF(HEADER_PT)
        fm = QFontMetricsF(small, writer)
        band = fm.height() * 2.2  # header / footer band height
        body = QRectF(page.left(), page.top() + band, page.width(), page.height() - 2 * band)

        text = QTextDocument()
        text.documentLayout().setPaintDevice(writer)
        base = QFont(family)
        base.setPointSizeF(BODY_PT)
        text.setDefaultFont(base)
        text.setDocumentMargin(0)
        text.setDefaultStyleSheet(
            f"body {{ font-family: '{family}'; }}"
            "h1 { font-size: 15pt; font-weight: bold; margin-bottom: 6px; }"
            "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
            "p { margin-top: 2px; margin-bottom: 4px; }"
            "th { font-weight: bold; }"
            "table.grid { border-color: #9aa5b5; border-style: solid; border-collapse: collapse; }"
        )
        text.setPageSize(QSizeF(body.width(), body.height()))
        images: dict[str, QImage] = {}
        # Image sizes in HTML are logical pixels, scaled by dpi/96 on this paint device.
        max_image_px = body.width() * 96.0 / dpi
        body_html = build_html(doc, lang, images, max_image_px)
        for url, image in images.items():
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        text.setHtml(f"<html><body>{body_html}</body></html>")
        pages = max(1, text.pageCount())

        header_left = _label("Package {0}", lang).format(doc.package_id)
        header_right = _label("Created {0}", lang).format(doc.created)
        pen = QPen(Qt.GlobalColor.darkGray)
        pen.setWidthF(dpi / 150)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            top = QRectF(page.left(), page.top(), page.width(), fm.height() * 1.4)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, header_left)
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, header_right)
            painter.setPen(pen)
            y_top = page.top() + fm.height() * 1.5
            painter.drawLine(QPointF(page.left(), y_top), QPointF(page.right(), y_top))
            y_bottom = page.bottom() - fm.height() * 1.5
            painter.drawLine(QPointF(page.left(), y_bottom), QPointF(page.right(), y_bottom))
            painter.setPen(Qt.GlobalColor.darkGray)
            bottom = QRectF(page.left(), y_bottom + fm.height() * 0.2, page.width(), fm.height() * 1.3)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             fm.elidedText(doc.title, Qt.TextElideMode.ElideRight, page.width() * 0.7))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             _label("Page {0} of {1}", lang).format(index + 1, pages))

            painter.save()
            offset = index * body.height()
            painter.translate(body.left(), body.top() - offset)
            clip = QRectF(0, offset, body.width(), body.height())
            painter.setClipRect(clip)
            # Not drawContents(): it takes the text colour from the application palette, which is light grey
            # in the dark theme. Paper is white whatever the screen looks like.
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette = paper_palette()
            text.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    _check_complete(path)
    return pages


def _check_complete(path: Path) -> None:
    """QPdfWriter reports no write error (a full disk leaves a cut-off file and ``end()`` still says yes): a
    complete PDF ends with ``%%EOF`` after a ``startxref`` pointing inside the file. Raise OSError otherwise."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            fh.seek(max(0, size - 64))
            tail = fh.read()
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail)
    if not m or int(m.group(1)) >= size:
        path.unlink(missing_ok=True)  # never leave half a report behind
        raise OSError(errno.EIO, QCoreApplication.translate(
            "Packages", "the PDF file was cut off while it was written (is the disk full?)"), str(path))


_app: QGuiApplication | None = None

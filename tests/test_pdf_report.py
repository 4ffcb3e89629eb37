"""The bank dossier PDF: Cyrillic text, long tables over pages, header/footer on every page, escaping."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from desktop.services.pdf_report import ReportDoc, Section, Table, render_report
from desktop.ui.app import make_app

HOSTILE = "<b>ИП «Рога & копыта»</b> <script>alert(1)</script>"
NAME = "Иванов Иван Иванович"
INN = "7707083893"
PACKAGE = "HP-2025-000417"


def _text(page) -> str:
    """Extracted text with whitespace runs collapsed (Qt's PDFs come out with tabs and odd breaks)."""
    return re.sub(r"\s+", " ", page.extract_text())


@pytest.fixture(scope="module")
def app():
    return make_app()


def _png(width: int = 600, height: int = 200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def _doc() -> ReportDoc:
    rows = [[str(i + 1), f"S19-SN{i + 1:06d}", "Antminer S19 XP", f"{140 + i % 5} TH/s", f"{i * 1000:,} ₽"]
            for i in range(200)]
    return ReportDoc(
        title="Досье для банка / Bank dossier",
        package_id=PACKAGE,
        created="25.11.2025 13:20",
        applicant=[("ФИО / Name", NAME), ("ИНН / INN", INN), ("Организация", HOSTILE)],
        sections=[
            Section(
                title="Оборудование / Equipment",
                paragraphs=["Список майнеров, переданных в залог. Mining equipment pledged as collateral.",
                            f"Заявитель: {HOSTILE}"],
                tables=[Table(headers=["№", "Серийный номер", "Модель", "Хешрейт", "Стоимость"],
                              rows=rows, align_right_columns={0, 3, 4})],
            ),
            Section(title="График / Chart", paragraphs=["Hashrate over 30 days."], image_png=_png()),
        ],
    )


@pytest.fixture(scope="module")
def rendered(app, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    ru = out / "dossier_ru.pdf"
    en = out / "dossier_en.pdf"
    pages_ru = render_report(ru, _doc(), lang="ru")
    pages_en = render_report(en, _doc(), lang="en")
    return out, ru, en, pages_ru, pages_en


def test_page_count_and_text(rendered):
    _out, ru, _en, pages, _ = rendered
    reader = PdfReader(str(ru))
    assert pages > 1
    assert len(reader.pages) == pages
    text = " ".join(_text(p) for p in reader.pages)
    assert NAME in text
    assert INN in text
    assert "S19-SN000200" in text  # last row of the long table
    assert "S19-SN000001" in text


def test_header_footer_on_every_page(rendered):
    _out, ru, en, pages_ru, pages_en = rendered
    for i, page in enumerate(PdfReader(str(ru)).pages):
        text = _text(page)
        assert PACKAGE in text
        assert "25.11.2025 13:20" in text
        assert f"Страница {i + 1} из {pages_ru}" in text
    for i, page in enumerate(PdfReader(str(en)).pages):
        text = _text(page)
        assert PACKAGE in text
        assert f"Page {i + 1} of {pages_en}" in text


def test_hostile_markup_is_literal(rendered):
    _out, ru, *_ = rendered
    text = _text(PdfReader(str(ru)).pages[0])
    assert "<script>" in text
    # pypdf may split a run mid-word ("</ b>"); compare without whitespace there, exactly with pdftotext.
    assert "<b>ИП«Рога&копыта»</b>" in text.replace(" ", "")
    if shutil.which("pdftotext"):
        plain = subprocess.run(["pdftotext", "-layout", str(ru), "-"], capture_output=True,
                               text=True, check=True).stdout
        assert "<script>alert(1)</script>" in plain
        assert "«Рога & копыта»" in plain


def test_fonts_embedded(rendered):
    _out, ru, *_ = rendered
    assert shutil.which("pdffonts"), "pdffonts missing: install poppler-utils (.ci/run does)"
    listing = subprocess.run(["pdffonts", str(ru)], capture_output=True, text=True, check=True).stdout
    lines = [line for line in listing.splitlines() if "DejaVu" in line]
    assert lines, listing
    for line in lines:
        # columns: name type encoding emb sub uni ...
        assert re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line), line


def test_png_preview(rendered):
    out, ru, _en, pages, _ = rendered
    assert shutil.which("pdftoppm"), "pdftoppm missing: install poppler-utils (.ci/run does)"
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(ru), str(out / "page")], check=True)
    pngs = sorted(out.glob("page-*.png"))
    assert len(pngs) == pages
    assert all(p.stat().st_size > 0 for p in pngs)


def test_no_application_needed_beyond_gui(tmp_path, app):
    pages = render_report(tmp_path / "min.pdf", ReportDoc(title="T", package_id="P1", created="today"), lang="en")
    assert pages == 1
    assert "Page 1 of 1" in _text(PdfReader(str(tmp_path / "min.pdf")).pages[0])

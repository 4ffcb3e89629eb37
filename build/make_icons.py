"""Render resources/icons/hashpledge.svg to the raster icons the installers need (run by hand after changing the
SVG; the outputs are committed): ``hashpledge.ico`` (16…256 px, PNG-compressed entries, for the Windows .exe and
installer) and ``hashpledge-256.png`` (for the Linux .desktop entry and hicolor theme).

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    directory, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + directory + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need an application
    renderer = QSvgRenderer(str(ICONS / "hashpledge.svg"))
    if not renderer.isValid():
        print("cannot read hashpledge.svg", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in SIZES}
    (ICONS / "hashpledge.ico").write_bytes(ico_bytes(pngs))
    (ICONS / "hashpledge-256.png").write_bytes(pngs[256])
    print(f"wrote {ICONS / 'hashpledge.ico'} ({len(SIZES)} sizes) and hashpledge-256.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

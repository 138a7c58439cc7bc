"""Draw the application icon with Qt: resources/icons/desktop-oms.png (256 px) and .ico.

Run once when the design changes (the results are kept in git):
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
)

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A kraft parcel on a blue tile, with a white check mark: 'orders shipped'."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)

    tile = QLinearGradient(0, 0, 0, 256)
    tile.setColorAt(0, QColor("#3b82f6"))
    tile.setColorAt(1, QColor("#1d4ed8"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(tile))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    def poly(*points: tuple[float, float]) -> QPolygonF:
        return QPolygonF([QPointF(x, y) for x, y in points])

    outline = QPen(QColor("#5b3a1a"), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(outline)
    p.setBrush(QColor("#e8b978"))
    p.drawPolygon(poly((128, 48), (212, 88), (128, 128), (44, 88)))  # top
    p.setBrush(QColor("#c98f4a"))
    p.drawPolygon(poly((44, 88), (128, 128), (128, 218), (44, 178)))  # left
    p.setBrush(QColor("#b27a3b"))
    p.drawPolygon(poly((212, 88), (128, 128), (128, 218), (212, 178)))  # right
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#f4dfb8"))
    p.drawPolygon(poly((86, 68), (170, 108), (170, 126), (86, 86)))  # tape on the lid

    check = QPen(QColor("white"), 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    check.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(check)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(poly((150, 172), (178, 200), (226, 140)))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...]) -> bytes:
    """An .ico holding one PNG-compressed image per size (Windows Vista and later)."""
    images = [png_bytes(draw(s)) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for s, data in zip(sizes, images, strict=True):
        side = 0 if s >= 256 else s  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "desktop-oms.png").write_bytes(png_bytes(draw(256)))
    (ICONS / "desktop-oms.ico").write_bytes(ico_bytes(ICO_SIZES))
    del app
    print(f"wrote {ICONS / 'desktop-oms.png'} and .ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

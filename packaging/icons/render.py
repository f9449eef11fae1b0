"""Render the SVG icons to the PNG sizes desktops look for and to the Windows .ico (run after editing an SVG).

Usage: python packaging/icons/render.py   (needs PySide6, as in the development environment)
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
PNG_SIZES = (48, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    for svg in sorted(HERE.glob("*.svg")):
        for size in PNG_SIZES:
            render(svg, size).save(str(HERE / f"{svg.stem}-{size}.png"))
        render(svg, 256).save(str(HERE / f"{svg.stem}.ico"))

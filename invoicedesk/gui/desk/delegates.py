"""Status labels of the case table (seed 001), drawn once per status as a pixmap.

Grey while uploading/processing and when archived, blue outline for ready, green outline for
approved, green fill for booked, red for error; outgoing statuses in the same visual language.

The labels are pixmaps handed to the view through ``DecorationRole``, so the table is painted
entirely by Qt's own C++ delegate: no Python runs per cell while scrolling. Small badges after
the label (:data:`MARKS`, one mechanism for both directions) say more: an incoming case read
completely, with validation findings or a possible duplicate; an outgoing case whose e-mail
waits for a usable mail server (an amber envelope).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPen, QPixmap

from invoicedesk.gui.common.domain_labels import status_text


@dataclass(frozen=True)
class LabelStyle:
    """Colours of one status label: ``fill`` None means outline only."""

    border: str
    text: str
    fill: str | None = None


GREY = LabelStyle("#9ca3af", "#4b5563", "#f3f4f6")
STATUS_STYLES: dict[str, LabelStyle] = {
    # incoming (seed 001)
    "uploading": GREY,
    "processing": GREY,
    "archived": GREY,
    "ready": LabelStyle("#2563eb", "#1d4ed8", "#ffffff"),
    "edited": LabelStyle("#7c3aed", "#6d28d9", "#ffffff"),
    "checked": LabelStyle("#0d9488", "#0f766e", "#ffffff"),
    "approved": LabelStyle("#16a34a", "#15803d", "#ffffff"),
    "booked": LabelStyle("#16a34a", "#ffffff", "#16a34a"),
    "error": LabelStyle("#dc2626", "#ffffff", "#dc2626"),
    # outgoing
    "draft": LabelStyle("#9ca3af", "#4b5563", "#ffffff"),
    "issued": LabelStyle("#2563eb", "#1e40af", "#dbeafe"),
    "sent": LabelStyle("#2563eb", "#ffffff", "#2563eb"),
    "overdue": LabelStyle("#ea580c", "#ffffff", "#ea580c"),
    "send_failed": LabelStyle("#dc2626", "#ffffff", "#dc2626"),
    "paid": LabelStyle("#16a34a", "#166534", "#dcfce7"),
    "completed": GREY,
    "canceled": LabelStyle("#9ca3af", "#6b7280", "#f3f4f6"),
    "settled": LabelStyle("#0d9488", "#115e59", "#ccfbf1"),
    "deleted": GREY,
}
_cache: dict[tuple[str, str, float], QPixmap] = {}


def style_for(status: str) -> LabelStyle:
    """The label colours of a status (grey for unknown ones)."""
    return STATUS_STYLES.get(status, GREY)


def status_pixmap(status: str, font: QFont) -> QPixmap:
    """The coloured label of a status, rendered once per status, font and screen scale."""
    app = QGuiApplication.instance()
    ratio = float(app.devicePixelRatio()) if isinstance(app, QGuiApplication) else 1.0
    key = (status, font.key(), ratio)
    pixmap = _cache.get(key)
    if pixmap is None:
        pixmap = _cache[key] = _render(status, font, ratio)
    return pixmap


def _render(status: str, font: QFont, ratio: float) -> QPixmap:
    text = status_text(status)
    colours = style_for(status)
    metrics = QFontMetrics(font)
    width, height = metrics.horizontalAdvance(text) + 14, metrics.height() + 4
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    painter.setPen(QPen(QColor(colours.border), 1.2))
    painter.setBrush(QColor(colours.fill) if colours.fill else Qt.BrushStyle.NoBrush)
    rect = QRectF(0, 0, width, height)
    painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 4, 4)
    painter.setPen(QColor(colours.text))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return pixmap


#: badges after the status label: text and colour (incoming: read completely, validation
#: findings, possible duplicate; outgoing: an e-mail held for a usable mail server)
MARKS: dict[str, tuple[str, str]] = {
    "complete": ("✓", "#15803d"),
    "findings": ("⚠", "#c2410c"),
    "duplicate": ("❐", "#7c3aed"),
    "held": ("✉", "#b45309"),
}


def marked_pixmap(status: str, marks: tuple[str, ...], font: QFont) -> QPixmap:
    """The status label followed by small badges (:data:`MARKS`), rendered once per
    combination."""
    if not marks:
        return status_pixmap(status, font)
    app = QGuiApplication.instance()
    ratio = float(app.devicePixelRatio()) if isinstance(app, QGuiApplication) else 1.0
    key = (f"{status}+{'+'.join(marks)}", font.key(), ratio)
    pixmap = _cache.get(key)
    if pixmap is None:
        label = status_pixmap(status, font)
        metrics = QFontMetrics(font)
        width = label.width() / ratio + sum(
            metrics.horizontalAdvance(MARKS[m][0]) + 6 for m in marks
        )
        height = label.height() / ratio
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(0, 0, label)
        painter.setFont(font)
        x = label.width() / ratio + 4
        for mark in marks:
            text, colour = MARKS[mark]
            advance = metrics.horizontalAdvance(text)
            painter.setPen(QColor(colour))
            painter.drawText(
                QRectF(x, 0, advance + 2, height), int(Qt.AlignmentFlag.AlignCenter), text
            )
            x += advance + 6
        painter.end()
        _cache[key] = pixmap
    return pixmap

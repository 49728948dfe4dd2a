"""A PDF page view (QtPdf) whose words can be clicked: the basis of click-to-fill.

Pages are rendered by :class:`QPdfDocument`; the read-out words (PDF points, origin top-left)
lie over the page as invisible boxes that light up under the mouse. A click emits the word's
text, so the editor can put it into the focused field.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPen, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

Word = tuple[int, float, float, float, float, str]
RENDER_DPI = 110


class _WordBox(QGraphicsRectItem):
    """An invisible, hoverable box over one word."""

    def __init__(self, rect: QRectF, text: str, canvas: PdfCanvas) -> None:
        super().__init__(rect)
        self.text = text
        self.canvas = canvas
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(text)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setBrush(QBrush(QColor(37, 99, 235, 60)))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.canvas.wordClicked.emit(self.text)
        event.accept()


class PdfCanvas(QGraphicsView):
    """Shows one page of a PDF at a zoom factor, with clickable words."""

    wordClicked = Signal(str)  # noqa: N815 - Qt signal naming
    pageChanged = Signal(int, int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QColor("#e5e7eb"))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._words: list[Word] = []
        self.page = 0
        self.zoom = 1.0

    def load(self, data: bytes, words: list[Word]) -> bool:
        """Load PDF bytes; returns False when QtPdf cannot open them."""
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._words = words
        self.page = 0
        if self.document.status() != QPdfDocument.Status.Ready:
            return False
        self.render_page()
        return True

    @property
    def page_count(self) -> int:
        """Pages in the loaded document."""
        return int(self.document.pageCount())

    def set_page(self, page: int) -> None:
        """Show another page (clamped to the document)."""
        self.page = max(0, min(page, self.page_count - 1))
        self.render_page()

    def set_zoom(self, zoom: float) -> None:
        """Zoom between 0.4 and 3."""
        self.zoom = max(0.4, min(zoom, 3.0))
        self.render_page()

    def fit_width(self) -> None:
        """Zoom so the page fills the view's width."""
        points = self.document.pagePointSize(self.page)
        if points.width() > 0:
            usable = self.viewport().width() - 24
            self.set_zoom(usable / (points.width() * RENDER_DPI / 72))

    def render_page(self) -> None:
        """Render the current page and lay the word boxes over it."""
        scene = self.scene()
        scene.clear()
        if self.page_count == 0:
            return
        points = self.document.pagePointSize(self.page)
        scale = self.zoom * RENDER_DPI / 72
        size = QSize(max(1, int(points.width() * scale)), max(1, int(points.height() * scale)))
        image: QImage = self.document.render(self.page, size)
        scene.addItem(QGraphicsPixmapItem(QPixmap.fromImage(image)))
        for page, x0, top, x1, bottom, text in self._words:
            if page == self.page:
                rect = QRectF(x0 * scale, top * scale, (x1 - x0) * scale, (bottom - top) * scale)
                scene.addItem(_WordBox(rect, text, self))
        scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))
        self.pageChanged.emit(self.page, self.page_count)

    def word_items(self) -> list[_WordBox]:
        """The clickable word boxes on the current page (for tests)."""
        return [item for item in self.scene().items() if isinstance(item, _WordBox)]

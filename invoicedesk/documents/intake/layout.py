"""Words with positions grouped into lines and cells, and look-ups on them (no I/O).

A *line* holds the words of one printed line, left to right. Its ``text`` joins the words with
one space, or with two where the gap between them is wider than a space (a column gap): so
``12 345,67`` printed with a space between the groups stays one amount, while a quantity and a
price in neighbouring table columns do not run together. The runs of words between column
gaps are the line's *cells*.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .result import Word

COLUMN_GAP = "  "
#: a gap wider than this share of the word height separates columns
_GAP_FACTOR = 0.6
_MIN_GAP = 3.5


@dataclass
class Cell:
    """A run of words of one line without a column gap: ``text[start:end]`` of the line."""

    start: int
    end: int
    x0: float
    x1: float
    text: str


@dataclass
class Line:
    """Words of one printed line, left to right, their joined text and their cells."""

    page: int
    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    text: str = ""
    cells: list[Cell] = field(default_factory=list)

    @property
    def height(self) -> float:
        """Height of the line's largest word (about the font size) in points."""
        return max((w[4] - w[2] for w in self.words), default=self.bottom - self.top)

    @property
    def x0(self) -> float:
        """Left edge of the line's first word."""
        return self.words[0][1] if self.words else 0.0

    def words_in_span(self, start: int, end: int) -> list[Word]:
        """Return the words whose characters lie (partly) in ``text[start:end]``."""
        return [
            word
            for word, begin in zip(self.words, self.starts, strict=True)
            if begin < end and begin + len(word[5]) > start
        ]

    def span_x(self, start: int, end: int) -> tuple[float, float]:
        """Horizontal extent of the words in ``text[start:end]`` (the line's, when none)."""
        words = self.words_in_span(start, end)
        if not words:
            return (self.x0, self.x0)
        return (min(w[1] for w in words), max(w[3] for w in words))

    def cell_at(self, position: int) -> Cell | None:
        """The cell holding the character at ``position``."""
        for cell in self.cells:
            if cell.start <= position < cell.end:
                return cell
        return None


def _merge_split_letters(words: list[Word]) -> list[Word]:
    """Join a lone capital split off by kerning ('F actuurnummer') with the next word."""
    merged: list[Word] = []
    for word in words:
        if merged:
            prev = merged[-1]
            gap = word[1] - prev[3]
            if (
                len(prev[5]) == 1
                and prev[5].isupper()
                and word[5][:1].islower()
                and 0 <= gap < 0.5 * (word[4] - word[2])
            ):
                merged[-1] = (
                    prev[0],
                    prev[1],
                    min(prev[2], word[2]),
                    word[3],
                    max(prev[4], word[4]),
                    prev[5] + word[5],
                )
                continue
        merged.append(word)
    return merged


def _is_column_gap(left: Word, right: Word) -> bool:
    height = min(left[4] - left[2], right[4] - right[2])
    return right[1] - left[3] > max(_MIN_GAP, _GAP_FACTOR * height)


def _join(line: Line) -> None:
    parts: list[str] = []
    position = 0
    cell_start, cell_x0 = 0, line.words[0][1] if line.words else 0.0
    for index, word in enumerate(line.words):
        if index:
            gap_is_column = _is_column_gap(line.words[index - 1], word)
            if gap_is_column:
                previous = line.words[index - 1]
                line.cells.append(Cell(cell_start, position, cell_x0, previous[3], ""))
                cell_start, cell_x0 = position + len(COLUMN_GAP), word[1]
            separator = COLUMN_GAP if gap_is_column else " "
            parts.append(separator)
            position += len(separator)
        line.starts.append(position)
        parts.append(word[5])
        position += len(word[5])
    line.text = "".join(parts)
    if line.words:
        line.cells.append(Cell(cell_start, position, cell_x0, line.words[-1][3], ""))
    for cell in line.cells:
        cell.text = line.text[cell.start : cell.end]


def build_lines(words: list[Word]) -> list[Line]:
    """Group words into lines (same page, overlapping vertical extent), in reading order."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w[0], round(w[2]), w[1])):
        height = max(word[4] - word[2], 1.0)
        target = None
        for line in reversed(lines[-4:]):
            if line.page == word[0] and abs(line.top - word[2]) <= 0.4 * height:
                target = line
                break
        if target is None:
            target = Line(word[0], word[2], word[4])
            lines.append(target)
        target.words.append(word)
        target.bottom = max(target.bottom, word[4])
    lines.sort(key=lambda ln: (ln.page, ln.top))
    for line in lines:
        line.words = _merge_split_letters(sorted(line.words, key=lambda w: w[1]))
        _join(line)
    return lines


def overlapping(line: Line, x0: float, x1: float, slack: float = 4.0) -> list[int]:
    """Indexes of the words of ``line`` that overlap the span ``x0..x1`` (widened by ``slack``)."""
    return [i for i, w in enumerate(line.words) if w[3] >= x0 - slack and w[1] <= x1 + slack]

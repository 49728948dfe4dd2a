"""Words with positions grouped into lines, and label look-up on them (no I/O)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .result import Word


@dataclass
class Line:
    """Words of one printed line, left to right, and their joined text."""

    page: int
    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    text: str = ""

    @property
    def height(self) -> float:
        """Height of the line's largest word (about the font size) in points."""
        return max((w[4] - w[2] for w in self.words), default=self.bottom - self.top)

    def words_in_span(self, start: int, end: int) -> list[Word]:
        """Return the words whose characters lie (partly) in ``text[start:end]``."""
        return [
            word
            for word, begin in zip(self.words, self.starts, strict=True)
            if begin < end and begin + len(word[5]) > start
        ]

    def char_at_x(self, x: float) -> int:
        """Return the text offset of the first word that starts at or right of ``x``."""
        for word, begin in zip(self.words, self.starts, strict=True):
            if word[1] >= x - 1:
                return begin
        return len(self.text)


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
        parts, position = [], 0
        for word in line.words:
            line.starts.append(position)
            parts.append(word[5])
            position += len(word[5]) + 1
        line.text = " ".join(parts)
    return lines


@dataclass(frozen=True)
class Candidate:
    """A piece of text where a field's value may be: right of or below a label."""

    text: str
    direction: str
    label_line: int
    label_words: tuple[Word, ...]
    label_text: str


def find_label(lines: list[Line], pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    """Return ``(line index, match)`` for every line where ``pattern`` matches."""
    found = []
    for index, line in enumerate(lines):
        for match in pattern.finditer(line.text):
            found.append((index, match))
    return found


def right_of(lines: list[Line], index: int, end: int) -> str:
    """Return the text right of offset ``end`` on line ``index`` (the rest of the line)."""
    return lines[index].text[end:].strip()


def below(lines: list[Line], index: int, x0: float, x1: float, max_lines: int = 3) -> list[str]:
    """Texts of the next lines on the same page that lie under the span ``x0..x1``.

    For each of up to ``max_lines`` following lines, the words overlapping the span (widened
    by 4 pt) and the words glued to them (gap < 4 pt) form one phrase.
    """
    line = lines[index]
    phrases: list[str] = []
    for other in lines[index + 1 : index + 1 + max_lines]:
        if other.page != line.page or other.top - line.bottom > 4 * max(line.height, 6):
            break
        chosen = [i for i, w in enumerate(other.words) if w[3] >= x0 - 4 and w[1] <= x1 + 4]
        if not chosen:
            continue
        first, last = chosen[0], chosen[-1]
        while first > 0 and other.words[first][1] - other.words[first - 1][3] < 4:
            first -= 1
        while last + 1 < len(other.words) and other.words[last + 1][1] - other.words[last][3] < 4:
            last += 1
        phrases.append(" ".join(w[5] for w in other.words[first : last + 1]))
    return phrases

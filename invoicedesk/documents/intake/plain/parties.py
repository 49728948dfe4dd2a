"""Who sent the invoice: the supplier's name, address, VAT ID and IBAN; the buyer's blocks.

The buyer's address blocks are found first — under a heading (``Rechnungsadresse``,
``Bill to``, ``Factuuradres``, ``Facturé à`` ...) or in the window under the sender line — and
nothing in them is ever taken for the supplier. The supplier's name is then voted for by the
places a supplier prints it: the sender line over the window, the letterhead (the largest
print at the top), the footer, a block under ``Supplier``/``Lieferant``, the owner line of the
VAT ID or IBAN, and any company name with a legal form. A name printed in several of these
places wins. VAT IDs and IBANs written after words such as ``Ihre``/``your``/``uw``/``votre``
or in a direct-debit sentence are the buyer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from ..layout import COLUMN_GAP, Line
from ..values import amount_matches, company_key, find_iban_positions, find_vat_ids
from .labels import BUYER_CUE, BUYER_HEADING, LEGAL_FORM, SUPPLIER_HEADING, TITLE_WORDS

_SEPARATORS = re.compile(r"\s+[·|•–—-]\s+|\s*[·|•]\s*|,\s+|" + COLUMN_GAP)
_POSTAL = re.compile(
    r"(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÄÖÜ]|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
)
_DEBIT = re.compile(
    r"abgebucht|lastschrift|ihrem\s+konto|your\s+account|debited|direct\s+debit|uw\s+rekening"
    r"|afgeschreven|incasso|votre\s+compte|pr[ée]lev",
    re.I,
)
_NOT_NAME = re.compile(
    r"@|www\.|https?:|\btel\b|phone|fax|iban|bic|swift|seite|page|pagina|\d{3,}|%|:$", re.I
)
_LABELISH = re.compile(
    r"rechnung|invoice|factuur|facture|datum|date|nummer|number|bankverbindung|bank\b"
    r"|kunde|customer|client|klant|total|summe|betrag",
    re.I,
)
_BANK = re.compile(
    r"bank|sparkasse|kasse\b|paribas|cr[ée]dit|caisse|banque|banca|rabo|abn\s?amro|\bing\b"
    r"|barclays|hsbc|lloyds|natwest|westminster|santander|raiffeisen|postfinance|\bubs\b",
    re.I,
)
BLOCK_LINES = 6
#: a line this far down a page (in points; A4 is 842 high) belongs to the footer
FOOTER_TOP = 0.82 * 842
#: the letterhead lies above this line of page one
TOP_ZONE = 0.25 * 842


@dataclass
class Region:
    """A buyer (or supplier) block: lines ``first..last`` between ``x0`` and ``x1``."""

    page: int
    first: int
    last: int
    x0: float
    x1: float

    def holds(self, index: int, line: Line, x: float) -> bool:
        """Whether the point ``x`` of ``lines[index]`` lies in the block."""
        return (
            line.page == self.page and self.first <= index <= self.last and self.x0 <= x <= self.x1
        )


@dataclass
class Parties:
    """What the read-out found about the supplier and the buyer."""

    name: str | None = None
    name_confidence: float = 0.0
    vat_id: str | None = None
    vat_confidence: float = 0.0
    iban: str | None = None
    iban_confidence: float = 0.0
    address: list[str] = field(default_factory=list)
    buyer_names: list[str] = field(default_factory=list)
    vat_ids: list[str] = field(default_factory=list)
    ibans: list[str] = field(default_factory=list)
    buyer_regions: list[Region] = field(default_factory=list)


def _block_below(lines: list[Line], index: int, x0: float, x1: float) -> tuple[int, float]:
    """The last line index of the block under ``lines[index]`` between ``x0`` and ``x1``."""
    last, bottom = index, lines[index].bottom
    for other_index in range(index + 1, min(index + 1 + BLOCK_LINES, len(lines))):
        other = lines[other_index]
        if other.page != lines[index].page or other.top - bottom > 2.6 * max(other.height, 6):
            break
        if not any(w[3] >= x0 and w[1] <= x1 for w in other.words):
            continue
        last, bottom = other_index, other.bottom
    return last, bottom


def buyer_regions(lines: list[Line], sender: int | None) -> list[Region]:
    """The buyer's blocks: under buyer headings, and the window under the sender line."""
    regions: list[Region] = []
    for index, line in enumerate(lines):
        for position, cell in enumerate(line.cells):
            heading = BUYER_HEADING.search(cell.text)
            if not heading or heading.start() > 3 or len(cell.text.split()) > 5:
                continue
            following = line.cells[position + 1 :]
            x1 = following[0].x0 - 2 if following else cell.x0 + 260
            last, _ = _block_below(lines, index, cell.x0 - 2, x1)
            regions.append(Region(line.page, index, last, cell.x0 - 4, x1))
    if sender is not None:
        line = lines[sender]
        last, _ = _block_below(lines, sender, line.x0 - 4, line.x0 + 250)
        if last > sender:
            regions.append(Region(line.page, sender + 1, last, line.x0 - 6, line.x0 + 250))
    return regions


def _in_regions(regions: list[Region], lines: list[Line], index: int, x: float) -> bool:
    return any(r.holds(index, lines[index], x) for r in regions)


def sender_line(lines: list[Line]) -> int | None:
    """The small line over the address window: ``Name · Street 1 · 12345 City``."""
    first_page = [ln for ln in lines if ln.page == 0]
    if not first_page:
        return None
    body = median(ln.height for ln in first_page)
    page_bottom = max(ln.bottom for ln in first_page)
    for index, line in enumerate(lines):
        if line.page != 0 or line.top > page_bottom * 0.45:
            continue
        parts = [p for p in _SEPARATORS.split(line.text) if p.strip()]
        if (
            len(line.cells) == 1
            and line.height < body * 0.9
            and len(parts) >= 3
            and _POSTAL.search(line.text)
        ):
            return index
    return None


@dataclass
class _Votes:
    """Name candidates by comparison key: best score, forms seen, the places that named it."""

    score: dict[str, float] = field(default_factory=dict)
    forms: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, set[str]] = field(default_factory=dict)

    def add(self, name: str, score: float, place: str) -> None:
        cleaned = _clean_name(name)
        key = company_key(cleaned)
        if len(key) < 2 or not _plausible_name(cleaned):
            return
        self.score[key] = max(self.score.get(key, 0.0), score)
        self.forms.setdefault(key, []).append(cleaned)
        self.places.setdefault(key, set()).add(place)

    def best(self, excluded: set[str]) -> tuple[str, float] | None:
        """The best name (its fullest form) and its score; names in ``excluded`` (the buyer's,
        compared with their legal form) are left out."""
        ranked = []
        for key, score in self.score.items():
            if all(name_form(form) in excluded for form in self.forms[key]):
                continue
            total = score + 0.25 * (len(self.places[key]) - 1)
            ranked.append((total, key))
        if not ranked:
            return None
        total, key = max(ranked)
        form = max(self.forms[key], key=lambda f: (bool(LEGAL_FORM.search(f)), len(f)))
        return form, total


def _clean_name(text: str) -> str:
    text = re.sub(r"^\W+|[\s,:;·|•–—-]+$", "", text.strip())
    words = text.split()
    for size in (3, 2, 1):  # a title in front of the name ("FACTUUR. Coolblue B.V.")
        if len(words) > size and TITLE_WORDS.match(" ".join(words[:size]).rstrip(".:")):
            words = words[size:]
            break
    return " ".join(words)


_PARTICLES = frozenset({"de", "van", "der", "den", "von", "du", "la", "le", "et", "und", "and"})


def _plausible_name(text: str) -> bool:
    words = text.split()
    lower = [w for w in words if w[:1].islower() and w not in _PARTICLES]
    if len(words) > 7 or len(lower) >= 2:  # a sentence, not a company name
        return False
    letters = sum(ch.isalpha() for ch in text)
    if letters < 2 or _NOT_NAME.search(text) or TITLE_WORDS.match(text) or _BANK.search(text):
        return False
    if amount_matches(text) or not text[:1].isalnum():
        return False
    return not (_LABELISH.search(text) and not LEGAL_FORM.search(text))


def name_form(name: str) -> str:
    """A name with its legal form, for telling two companies of one brand apart."""
    return re.sub(r"[\W_]+", "", name).casefold()


def _legal_names(text: str) -> list[str]:
    """Company names with a legal form in ``text`` (up to five words before the form)."""
    names = []
    for part in _SEPARATORS.split(text):
        for match in LEGAL_FORM.finditer(part):
            head = part[: match.start()].split()[-5:]
            while head and (not head[0][:1].isupper() and head[0] not in ("&", "de", "van")):
                head = head[1:]
            while head and (_LABELISH.search(head[0]) or head[0].endswith(":")):
                head = head[1:]
            if head:
                names.append(" ".join([*head, match.group(0)]))
    return names


def _cell_size(line: Line, cell: object) -> float:
    words = line.words_in_span(cell.start, cell.end)  # type: ignore[attr-defined]
    return max((w[4] - w[2] for w in words), default=0.0)


def _letterhead(
    lines: list[Line], regions: list[Region], limit: float
) -> list[tuple[str, int, float]]:
    """The largest print at the top of page one that is no title (consecutive lines of that
    size at the same left edge are one name, as in a narrow column)."""
    cells = [
        (index, cell, _cell_size(line, cell))
        for index, line in enumerate(lines)
        if line.page == 0 and line.top <= limit
        for cell in line.cells
        if not TITLE_WORDS.match(cell.text) and not _in_regions(regions, lines, index, cell.x0)
    ]
    if not cells:
        return []
    body = median(ln.height for ln in lines if ln.page == 0)
    size = max(found for _, _, found in cells)
    if size < body * 1.15:
        return []
    result: list[tuple[str, int, float]] = []
    for index, cell, found in cells:
        if found < size - 0.5:
            continue
        if result and result[-1][1] == index - 1 and abs(result[-1][2] - cell.x0) < 3:
            result[-1] = (f"{result[-1][0]} {cell.text}", index, cell.x0)
        else:
            result.append((cell.text, index, cell.x0))
    return result


def _with_line_above(lines: list[Line], index: int, cell_x0: float, name: str) -> str:
    """A name whose first words stand on the line above at the same left edge and size."""
    if index == 0 or LEGAL_FORM.fullmatch(name) is None:
        return name
    above = lines[index - 1]
    for cell in above.cells:
        if abs(cell.x0 - cell_x0) < 3 and abs(above.height - lines[index].height) < 1.5:
            return f"{cell.text} {name}"
    return name


def _address_below(lines: list[Line], index: int, x0: float) -> bool:
    """Whether a postal code and city follow within three lines at the same left edge (a name
    over its own address, unlike a slogan)."""
    for other in lines[index + 1 : index + 4]:
        if other.page != lines[index].page:
            return False
        if any(abs(c.x0 - x0) < 3 and _POSTAL.search(" " + c.text) for c in other.cells):
            return True
    return False


def _vote_names(
    lines: list[Line], regions: list[Region], sender: int | None, owners: list[int]
) -> _Votes:
    votes = _Votes()
    if sender is not None:
        votes.add(_SEPARATORS.split(lines[sender].text)[0], 0.6, "sender")
    for text, index, x0 in _letterhead(lines, regions, TOP_ZONE):
        votes.add(text, 0.55 + (0.2 if _address_below(lines, index, x0) else 0.0), "letterhead")
    heading_next: set[int] = set()
    for index, line in enumerate(lines):
        for cell in line.cells:
            if SUPPLIER_HEADING.search(cell.text):
                rest = SUPPLIER_HEADING.split(cell.text, maxsplit=1)[-1].strip(" :")
                if rest:
                    votes.add(rest, 0.7, "heading")
                else:
                    heading_next.add(index + 1)
    for index, line in enumerate(lines):
        if _in_regions(regions, lines, index, line.x0):
            continue
        in_footer = line.top >= FOOTER_TOP
        if index in heading_next:
            votes.add(line.cells[0].text if line.cells else line.text, 0.7, "heading")
        if in_footer and line.cells and line.top < FOOTER_TOP + 14:
            votes.add(_SEPARATORS.split(line.cells[0].text)[0], 0.3, "footer")
        place = "footer" if in_footer else "top" if line.top < TOP_ZONE else "body"
        for cell in line.cells:
            base = 0.4 + (0.2 if index in owners else 0.0) + (0.1 if place != "body" else 0.0)
            base += 0.2 if _address_below(lines, index, cell.x0) else 0.0
            if LEGAL_FORM.fullmatch(cell.text.strip()):  # "Limited" alone: the name is above
                name = _with_line_above(lines, index, cell.x0, cell.text.strip())
                votes.add(name, base + 0.1, place)
            for name in _legal_names(cell.text):
                votes.add(name, base, place)
    return votes


def _pick_identifier(
    found: list[tuple[int, int, str]],
    lines: list[Line],
    regions: list[Region],
    cue: re.Pattern[str],
) -> tuple[str | None, float, list[int]]:
    """Choose among ``(line index, offset, value)``: never in a buyer block or after a buyer
    cue; the one printed most often, else the first in the footer, else the first."""
    kept = []
    for index, offset, value in found:
        line = lines[index]
        before = line.text[max(0, offset - 40) : offset]
        x = line.span_x(offset, offset + 2)[0]
        if cue.search(before) or _in_regions(regions, lines, index, x):
            continue
        kept.append((index, value))
    if not kept:
        return None, 0.0, []
    values = [v for _, v in kept]
    counts = {v: values.count(v) for v in values}
    distinct = list(dict.fromkeys(values))
    best = max(distinct, key=lambda v: (counts[v], -values.index(v)))
    confidence = 0.92 if len(distinct) == 1 else 0.7
    return best, confidence, [i for i, v in kept if v == best]


def read_parties(lines: list[Line]) -> Parties:
    """Supplier name, VAT ID, IBAN and address; the buyer's blocks and names."""
    sender = sender_line(lines)
    regions = buyer_regions(lines, sender)
    vats = [(i, off, v) for i, ln in enumerate(lines) for off, v in find_vat_ids(ln.text)]
    ibans = [(i, off, v) for i, ln in enumerate(lines) for off, v in find_iban_positions(ln.text)]
    vat_id, vat_conf, vat_lines = _pick_identifier(vats, lines, regions, BUYER_CUE)
    debit_cue = re.compile(f"{BUYER_CUE.pattern}|{_DEBIT.pattern}", re.I)
    iban, iban_conf, iban_lines = _pick_identifier(ibans, lines, regions, debit_cue)
    buyer_names = []
    for region in regions:
        for index in range(region.first, region.last + 1):
            cells = [c for c in lines[index].cells if region.x0 <= c.x0 <= region.x1]
            text = cells[0].text if cells else ""
            if text and not BUYER_HEADING.match(text):
                buyer_names.append(_clean_name(text))
                break
    votes = _vote_names(lines, regions, sender, vat_lines + iban_lines)
    chosen = votes.best({name_form(n) for n in buyer_names if n})
    parties = Parties(
        vat_id=vat_id,
        vat_confidence=vat_conf,
        iban=iban,
        iban_confidence=iban_conf,
        buyer_names=[n for n in buyer_names if n],
        vat_ids=list(dict.fromkeys(v for _, _, v in vats)),
        ibans=list(dict.fromkeys(v for _, _, v in ibans)),
        buyer_regions=regions,
    )
    if chosen:
        name, score = chosen
        parties.name = name
        parties.name_confidence = (
            0.92 if score >= 0.8 else 0.82 if score >= 0.7 else 0.75 if score >= 0.55 else 0.5
        )
        parties.address = supplier_address(lines, regions, sender, name)
    return parties


def supplier_address(
    lines: list[Line], regions: list[Region], sender: int | None, name: str
) -> list[str]:
    """Street and postal code with city of the supplier, from the sender line or the lines
    printed with its name (letterhead, footer column)."""
    if sender is not None:
        parts = [p.strip() for p in _SEPARATORS.split(lines[sender].text) if p.strip()]
        address = _address_parts(parts[1:])
        if address:
            return address
    key = company_key(name)
    for index, line in enumerate(lines):
        if _in_regions(regions, lines, index, line.x0) or key not in company_key(line.text):
            continue
        pieces = [p for p in _SEPARATORS.split(line.text) if p.strip()]
        x0 = next((c.x0 for c in line.cells if key in company_key(c.text)), line.x0)
        for other in lines[index + 1 : index + 5]:
            pieces.extend(c.text for c in other.cells if abs(c.x0 - x0) < 3)
        address = _address_parts(pieces)
        if address:
            return address
    return []


def _address_parts(pieces: list[str]) -> list[str]:
    for position, piece in enumerate(pieces):
        if _POSTAL.search(" " + piece.strip()) and position > 0:
            street = pieces[position - 1].strip()
            if re.search(r"\d", street) and re.search(r"[^\W\d]{3}", street):
                return [street, piece.strip()]
    return []

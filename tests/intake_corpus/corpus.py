"""The corpus: invoices rendered to PDF bytes with their expected field values."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from .content import Invoice, make_invoice
from .draw import Pen
from .layouts import DEV_LAYOUTS
from .layouts_blind import BLIND_LAYOUTS
from .layouts_holdout import HOLDOUT_LAYOUTS

SEED = 19
SIZE = 240
Variety = Literal["dev", "holdout", "all", "blind"]
BLIND_SIZE = 60


@dataclass(frozen=True)
class Sample:
    """One generated invoice: its PDF, the values a read-out should find, and how it looks."""

    name: str
    pdf: bytes
    expected: dict[str, str]
    layout: str
    language: str
    country: str
    numbers: str
    dates: str
    holdout: bool


def render(invoice: Invoice, layout: str, rng: random.Random) -> bytes:
    """Draw ``invoice`` in ``layout`` and return the PDF (same input, same bytes)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(f"{invoice.word('title')} {invoice.number}")
    draw = {**DEV_LAYOUTS, **HOLDOUT_LAYOUTS, **BLIND_LAYOUTS}[layout]
    draw(Pen(canvas, invoice.font), invoice, rng)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sample(rng: random.Random, index: int, *, holdout: bool, blind: bool = False) -> Sample:
    """One invoice of the development, the held-out or the blind part."""
    invoice = make_invoice(rng, holdout=holdout)
    layouts = list(DEV_LAYOUTS) + (list(HOLDOUT_LAYOUTS) * 2 if holdout else [])
    layout = rng.choice(list(BLIND_LAYOUTS) if blind else layouts)
    prefix = "b" if blind else "h" if holdout else "d"
    return Sample(
        name=f"{prefix}{index:03d}-{layout}-{invoice.language}.pdf",
        pdf=render(invoice, layout, rng),
        expected=invoice.expected(),
        layout=layout,
        language=invoice.language,
        country=invoice.supplier.country,
        numbers=invoice.numbers.name,
        dates=invoice.date_style.name,
        holdout=holdout,
    )


def generate(seed: int = SEED, size: int = SIZE, variety: Variety = "all") -> list[Sample]:
    """``size`` invoices: all from the development variety, all held out, or two thirds and a
    third (``"all"``, the corpus of the accuracy test)."""
    rng = random.Random(seed)
    if variety == "blind":
        return [sample(rng, i, holdout=i % 2 == 1, blind=True) for i in range(size)]
    samples = []
    for index in range(size):
        holdout = index % 3 == 2 if variety == "all" else variety == "holdout"
        samples.append(sample(rng, index, holdout=holdout))
    return samples

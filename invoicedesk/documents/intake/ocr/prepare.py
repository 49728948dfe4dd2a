"""Before OCR: turn the page upright (0/90/180/270°) and straighten a slightly turned scan."""

from __future__ import annotations

from PIL import Image, ImageOps, ImageStat

from .engine import PageWords, recognise

MAX_SKEW = 3.0
SKEW_STEP = 0.25
_SMALL_WIDTH = 700


def _row_profile_score(small: Image.Image, angle: float) -> float:
    """How sharply the text rows stand out after turning by ``angle``: the variance of the
    mean darkness of each pixel row (text lines and gaps alternate when the page is level)."""
    turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX)
    return float(ImageStat.Stat(rows).var[0])


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that levels the text lines of ``image``."""
    grey = image.convert("L")
    scale = _SMALL_WIDTH / max(1, grey.width)
    small = ImageOps.invert(grey.resize((_SMALL_WIDTH, max(1, int(grey.height * scale)))))
    steps = int(MAX_SKEW / SKEW_STEP)
    angles = [i * SKEW_STEP for i in range(-steps, steps + 1)]
    best = max(angles, key=lambda a: (_row_profile_score(small, a), -abs(a)))
    # refine around the best coarse angle
    fine = [best + i * SKEW_STEP / 5 for i in range(-4, 5)]
    return max(fine, key=lambda a: _row_profile_score(small, a))


def deskew(image: Image.Image) -> Image.Image:
    """``image`` with its text lines level (unchanged below 0.1°)."""
    angle = skew_angle(image)
    if abs(angle) < 0.1:
        return image
    return image.convert("L").rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
    )


def _quality(found: PageWords) -> float:
    """Confidence × enough words × the share of longer words lying horizontally (Tesseract
    itself may read a sideways page as vertical text; its boxes are then upright, useless for
    the read-out's lines)."""
    longer = [w for w in found.words if len(w[4]) >= 3]
    level = sum(1 for w in longer if w[2] - w[0] >= w[3] - w[1]) / max(1, len(longer))
    return found.confidence * min(1.0, len(found.words) / 40) * level


def upright(image: Image.Image, dpi: int) -> tuple[Image.Image, PageWords, int]:
    """Turn ``image`` upright and straight and OCR it: ``(image, words, turned by)``.

    The page is read as it is first; only when that reads badly (low confidence or few words)
    are the other three orientations tried on a half-size copy and the best one read in full.
    """
    straight = deskew(image)
    found = recognise(straight, dpi)
    if found.confidence >= 0.7 and len(found.words) >= 15 and _quality(found) >= 0.6:
        return straight, found, 0
    # all four on the same half-size copy (fair), the page as it is unless another is clearly
    # better
    half = straight.resize((straight.width // 2, straight.height // 2))
    scores = {
        turn: _quality(recognise(half.rotate(turn, expand=True) if turn else half, dpi // 2))
        for turn in (0, 180, 90, 270)
    }
    best = max(scores, key=lambda t: scores[t])
    if best == 0 or scores[best] < 1.2 * scores[0] + 0.02:
        return straight, found, 0
    turned = deskew(straight.rotate(best, expand=True))
    return turned, recognise(turned, dpi), best

"""PDF/A-3 details the Factur-X library leaves out: the sRGB output intent and an Info
dictionary that agrees with the XMP metadata.

PDF/A needs an output intent with an ICC profile whenever device colours are used (every
reportlab page does). Neither reportlab nor factur-x ships a profile, so the standard sRGB
profile is built by LittleCMS through Pillow (``ImageCms.createProfile("sRGB")``) once per
process. PDF/A also requires every Info entry to have its XMP twin: factur-x writes the XMP
(``pdf:Producer`` = pypdf, no ``pdf:Keywords``), so the Info dictionary is aligned with it.
"""

from __future__ import annotations

from functools import cache

from PIL import ImageCms
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
#: what factur-x writes as ``pdf:Producer`` into the XMP metadata
XMP_PRODUCER = "pypdf"
#: Info entries without an XMP twin in factur-x's metadata
_NO_XMP_TWIN = ("/Keywords", "/Trapped")


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile (LittleCMS built-in, a few hundred bytes)."""
    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def add_output_intent(writer: PdfWriter) -> None:
    """Give the document the PDF/A sRGB output intent (once)."""
    root = writer._root_object
    if NameObject("/OutputIntents") in root:
        return
    plain = DecodedStreamObject()
    plain.set_data(srgb_profile())
    profile = plain.flate_encode()
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(SRGB_IDENTIFIER),
            NameObject("/Info"): TextStringObject(SRGB_IDENTIFIER),
            NameObject("/DestOutputProfile"): writer._add_object(profile),
        }
    )
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])


def align_info_with_xmp(writer: PdfWriter) -> None:
    """Make the Info dictionary say what the XMP says (producer; no keywords or trapping)."""
    info = writer._info.get_object() if writer._info is not None else None
    if not isinstance(info, DictionaryObject):
        return
    for key in _NO_XMP_TWIN:
        info.pop(NameObject(key), None)
    info[NameObject("/Producer")] = TextStringObject(XMP_PRODUCER)

"""Refuse XML that declares a document type before any XML parser sees its bytes.

A ``<!DOCTYPE …>`` is where entity expansion ("billion laughs"), external entities (local
files, network) and parser bugs come in — libxml2's schema validator, for one, fails with
"Internal error" on entity nodes. No e-invoice standard uses a DTD (CII, UBL and ZUGFeRD are
defined by XML Schema), so InvoiceDesk refuses every XML it reads that declares one: e-invoices
taken in, the XML embedded in a PDF, and whatever is validated.

A DOCTYPE may only stand in the document's prolog, before the root element, and entities can
only be declared inside it. :func:`refuse_doctype` therefore decodes the prolog the way an XML
parser would (byte-order mark, UTF-16/32 without one, the declared encoding — also exotic ones
like UTF-7, whose ``+ADw-`` is a ``<``) and refuses any markup declaration (``<!…``) other than
a comment before the root element. An encoding it cannot decode is refused too, since the
check could not be trusted. The XML packaged with the application (XSD files) is not untrusted
input and is not checked.
"""

from __future__ import annotations

import codecs
import re

from invoicedesk.domain.messages import Message, msg

#: how much of a document is decoded at a time while looking for the root element
_CHUNK = 64 * 1024
_DECLARED = re.compile(rb"""^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
#: byte-order marks and the first bytes of ``<?`` / ``<`` without one (XML 1.0, appendix F)
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)


class XmlRefused(ValueError):
    """The XML was refused before parsing; ``str(error)`` is a sentence for a clerk and
    ``message`` keeps it translatable."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def _encoding(data: bytes) -> str:
    """The encoding an XML parser would read ``data`` in."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    declared = _DECLARED.match(data[:1024])
    return declared.group(1).decode("ascii") if declared else "utf-8"


def _decoder(data: bytes) -> codecs.IncrementalDecoder:
    name = _encoding(data)
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise XmlRefused(
            msg("The XML uses the character encoding {encoding}, which cannot be read safely.",
                encoding=name)
        ) from None  # fmt: skip
    return info.incrementaldecoder(errors="replace")


_MORE, _ROOT, _DECLARATION, _NOT_XML = "more", "root", "declaration", "not xml"


def _prolog(text: str) -> str:
    """Walk what may stand before the root element — whitespace, the XML declaration,
    processing instructions, comments — and say what comes next: the root element, a markup
    declaration (``<!DOCTYPE``, ``<!ENTITY`` …), something that is no XML, or the end of the
    text decoded so far (decode more)."""
    pos = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n\ufeff":
            pos += 1
        rest = text[pos : pos + 4]
        if len(rest) < 4 and "<!--".startswith(rest):
            return _MORE
        if rest.startswith("<?"):
            end = text.find("?>", pos + 2)
        elif rest == "<!--":
            end = text.find("-->", pos + 4)
        elif rest.startswith("<!"):
            return _DECLARATION
        else:
            return _ROOT if rest.startswith("<") else _NOT_XML
        if end < 0:
            return _MORE
        pos = end + (2 if rest.startswith("<?") else 3)


def refuse_doctype(data: bytes) -> None:
    """Raise :class:`XmlRefused` when ``data`` declares a document type or entities, or does
    not start like XML in the encoding a parser would read it in; return quietly otherwise.

    Only the prolog is decoded, so the cost does not grow with the document.
    """
    decoder = _decoder(data)
    text = ""
    for start in range(0, max(len(data), 1), _CHUNK):
        final = start + _CHUNK >= len(data)
        text += decoder.decode(data[start : start + _CHUNK], final=final)
        found = _prolog(text)
        if found == _DECLARATION:
            raise XmlRefused(
                msg("The XML declares a document type or entities (<!DOCTYPE …>), which "
                    "e-invoices never need; it was refused for safety.")
            )  # fmt: skip
        if found == _NOT_XML:
            raise XmlRefused(
                msg("The file does not start like XML in its character encoding {encoding}.",
                    encoding=_encoding(data))
            )  # fmt: skip
        if found == _ROOT:
            return

"""Two PDFs compared object by object, apart from what changes with every rendering: the
``/CreationDate`` and ``/ModDate`` entries (Info dictionary, embedded file), the dates and ids
of the XMP metadata, the creation date and profile id of the output intent's ICC profile (built
by LittleCMS once per process) and the trailer's ``/ID``."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    StreamObject,
)

_XMP_DATE = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[0-9.:+\-Z]*")
_XMP_UUID = re.compile(rb"uuid:[0-9a-fA-F-]+")
_DATES = ("/CreationDate", "/ModDate")


def _plain(value: Any) -> Any:
    """A pypdf value as plain Python data (references by object number)."""
    if isinstance(value, IndirectObject):
        return ("ref", value.idnum, value.generation)
    if isinstance(value, StreamObject):
        head = {k: _plain(v) for k, v in value.items() if k not in ("/Length", "/Filter", *_DATES)}
        return {"stream": head, "data": value.get_data()}
    if isinstance(value, DictionaryObject):
        return {k: _plain(v) for k, v in value.items() if k not in _DATES}
    if isinstance(value, ArrayObject):
        return [_plain(v) for v in value]
    if isinstance(value, ByteStringObject):
        return bytes(value)
    return (type(value).__name__, str(value))


def normalized(pdf: bytes) -> dict[tuple[int, int], Any]:
    """Every object of ``pdf`` as plain data, with its timestamps and ids taken out."""
    reader = PdfReader(BytesIO(pdf))
    objects: dict[tuple[int, int], Any] = {}
    for generation, numbers in reader.xref.items():
        for idnum in numbers:
            obj = reader.get_object(IndirectObject(idnum, generation, reader))
            plain = _plain(obj)
            if isinstance(plain, dict) and plain.get("data", b"")[36:40] == b"acsp":
                data = plain["data"]  # ICC header: date at 24-35, profile id (MD5) at 84-99
                plain = {
                    **plain,
                    "data": data[:24] + bytes(12) + data[36:84] + bytes(16) + data[100:],
                }
            elif isinstance(plain, dict) and plain.get("stream", {}).get("/Type") == (
                "NameObject",
                "/Metadata",
            ):
                data = _XMP_UUID.sub(b"uuid:*", _XMP_DATE.sub(b"*", plain["data"]))
                plain = {**plain, "data": data}
            objects[(idnum, generation)] = plain
    assert not reader.xref_objStm, "objects inside object streams are not compared here"
    return objects


def facturx_attachment(pdf: bytes) -> bytes:
    """The embedded ``factur-x.xml``, as stored."""
    found = PdfReader(BytesIO(pdf)).attachments["factur-x.xml"]
    assert len(found) == 1
    return found[0]

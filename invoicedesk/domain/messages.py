"""Messages of the core that the user interface can translate.

The core imports no Qt and speaks English: ``str(message)`` is the English sentence, so the CLI,
the log and every ``str`` operation keep working. A :class:`Message` also remembers its
*template* (the English source text, used as the translation key) and the values that were put
into it, so the GUI can show the same sentence in German or Dutch
(``invoicedesk.gui.common.core_messages.core_text``)::

    raise ValidationError("Line {i} has no description.", i=3)
    reason = msg("needs the role {role}", role=Role.CLERK)

Rules for templates (checked by ``tests/unit/test_core_messages.py``):

- the template is a string literal in the call (never an f-string or a variable), so
  ``scripts/i18n.py update`` (``scripts/core_messages.py``) can collect it for the translators;
- values go in as keyword arguments; a value that is itself English text is passed as a
  :class:`Message` (``what=msg("net amount")``) so it is translated too.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any


class Message(str):
    """An English sentence that knows its translatable template and its values."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        """Format ``template`` with ``params`` (only when there are any, so a template without
        values may contain braces)."""
        text = template.format(**params) if params else template
        self = super().__new__(cls, text)
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with template and values (messages cross process boundaries in errors)."""
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    """Unpickle a :class:`Message`."""
    return Message(template, **params)


def msg(template: str, /, **params: Any) -> Message:
    """Mark an English ``template`` as translatable and fill in ``params``."""
    return Message(template, **params)


def as_message(text: str, /, **params: Any) -> Message:
    """``text`` as a :class:`Message`: kept when it is one already and no params are given."""
    if isinstance(text, Message) and not params:
        return text
    return Message(text, **params)


def to_record(text: str) -> dict[str, Any]:
    """A JSON-ready form of ``text`` for storing: the English sentence and, for a
    :class:`Message`, its template and values (numbers kept, dates and decimals tagged,
    nested messages as records, other values as strings)."""
    record: dict[str, Any] = {"text": str(text)}
    if isinstance(text, Message):
        record["template"] = text.template
        record["values"] = {name: _stored_value(value) for name, value in text.params.items()}
    return record


def _stored_value(value: Any) -> Any:
    """A value of a message for JSON: a message nested as its record, numbers as they are,
    anything else as its text."""
    if isinstance(value, Message):
        return {"message": to_record(value)}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date) and not isinstance(value, datetime):
        return {"date": value.isoformat()}
    return str(value)


def _restored_value(value: Any) -> Any:
    """A value of :func:`_stored_value` back in its type."""
    if isinstance(value, dict):
        if isinstance(value.get("message"), dict):
            return from_record(value["message"])
        if "decimal" in value:
            return Decimal(str(value["decimal"]))
        if "date" in value:
            return date.fromisoformat(str(value["date"]))
    return value


def from_record(record: dict[str, Any]) -> str:
    """The message stored by :func:`to_record` (a plain string when it had no template)."""
    template = record.get("template")
    if not isinstance(template, str):
        return str(record.get("text", ""))
    try:
        values = {name: _restored_value(v) for name, v in (record.get("values") or {}).items()}
        return Message(template, **values)
    except (KeyError, IndexError, ValueError, TypeError, ArithmeticError):
        return str(record.get("text", ""))


def stored_text(value: object) -> str:
    """A text read back from storage: a record of :func:`to_record` as its message, an older
    plain string as it is."""
    if isinstance(value, dict):
        return from_record(value)
    return "" if value is None else str(value)


def encode_text(text: str) -> str:
    """``text`` for a plain text column: a :class:`Message` as the JSON of :func:`to_record`
    (so it can be shown translated later), any other string as it is."""
    if isinstance(text, Message):
        return json.dumps(to_record(text), ensure_ascii=False, default=str)
    return text


def decode_text(stored: str | None) -> str:
    """A text column written by :func:`encode_text` (or an older plain text) back as text."""
    if not stored:
        return ""
    if stored.startswith('{"text"'):
        try:
            record = json.loads(stored)
        except ValueError:
            return stored
        if isinstance(record, dict):
            return from_record(record)
    return stored


def join_messages(parts: list[Message], separator: str) -> Message:
    """One message made of ``parts`` (each translated on its own) with ``separator`` between
    them; its template holds only placeholders, so it needs no translation itself."""
    names = [f"part{i}" for i in range(len(parts))]
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
    return Message(template, **dict(zip(names, parts, strict=True)))

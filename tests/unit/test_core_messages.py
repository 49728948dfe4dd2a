"""Messages of the core: English sentences that keep template and values, listed for the
translators (the generated catalog matches the core), pickled across processes, stored and read
back, and shown in German and Dutch by the GUI."""

from __future__ import annotations

import pickle
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from invoicedesk.domain.authority import Rights
from invoicedesk.domain.enums import Direction, OutStatus, Role
from invoicedesk.domain.errors import ActionRefused, ConflictError, ValidationError
from invoicedesk.domain.messages import (
    Message,
    decode_text,
    encode_text,
    from_record,
    join_messages,
    msg,
    stored_text,
    to_record,
)
from invoicedesk.domain.workflow import Action, CaseState, check, decide

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import core_messages  # noqa: E402


def test_a_message_is_its_english_sentence_and_keeps_template_and_values() -> None:
    text = msg("Line {i} has a negative price of {price}.", i=3, price=Decimal("-2.50"))
    assert text == "Line 3 has a negative price of -2.50."
    assert isinstance(text, str) and text.template.startswith("Line {i}")
    assert text.params == {"i": 3, "price": Decimal("-2.50")}
    assert msg("Use {{seq}} in the pattern.") == "Use {{seq}} in the pattern."  # no values
    assert msg("The number pattern has no {{seq}}.", x=1) == "The number pattern has no {seq}."


def test_errors_carry_their_message_and_survive_pickling() -> None:
    exc = ValidationError("Line {i} has no description.", i=4)
    assert str(exc) == "Line 4 has no description."
    assert exc.message.template == "Line {i} has no description."
    back = pickle.loads(pickle.dumps(exc))
    assert isinstance(back, ValidationError) and back.message.params == {"i": 4}
    assert str(back) == str(exc)
    refused = ActionRefused("Approve", msg("needs the role {roles}", roles="approver"))
    back_refused = pickle.loads(pickle.dumps(refused))
    assert str(back_refused) == "Approve is not possible: needs the role approver"
    assert isinstance(back_refused.reason, Message)
    conflict = pickle.loads(pickle.dumps(ConflictError(7, "ab", None)))
    assert str(conflict).startswith("Case 7 was changed by ab after you opened it")
    assert "another user" in str(ConflictError(7, None, None))


def test_stored_messages_come_back_with_their_template() -> None:
    text = msg("same supplier and amount {amount} within {days} days", amount=Decimal("9.90"),
               days=14)  # fmt: skip
    record = to_record(text)
    assert record["values"] == {"amount": {"decimal": "9.90"}, "days": 14}
    back = from_record(record)
    assert isinstance(back, Message) and back == text and back.template == text.template
    assert stored_text(record) == text
    assert stored_text("an older plain note") == "an older plain note"
    assert stored_text(None) == ""
    broken = {
        "text": "The send date 01.02.2027 lies in the past.",
        "template": "The send date {day:%d.%m.%Y} lies in the past.",
        "values": {"day": "x"},
    }
    assert from_record(broken) == broken["text"]  # values that no longer fit: the English
    due = msg("send date {day:%d.%m.%Y} reached", day=date(2027, 3, 1))
    back_due = decode_text(encode_text(due))
    assert back_due == "send date 01.03.2027 reached" and back_due.params["day"] == date(2027, 3, 1)
    assert from_record({"text": "t", "template": "{a}", "values": {"a": {"decimal": "x"}}}) == "t"


def test_text_columns_keep_nested_messages() -> None:
    inner = ValidationError("Line {i} has no description.", i=2).message
    outer = msg("Invoice {number} was created, but: {error}", number="RE-7", error=inner)
    stored = encode_text(outer)
    assert stored.startswith('{"text"') and "RE-7" in stored
    back = decode_text(stored)
    assert back == outer and isinstance(back, Message)
    assert isinstance(back.params["error"], Message) and back.params["error"].params == {"i": 2}
    assert decode_text("An older plain reason.") == "An older plain reason."
    assert decode_text(encode_text("plain")) == "plain" and decode_text(None) == ""
    assert decode_text('{"text": broken') == '{"text": broken'


def test_refusals_of_the_workflow_are_messages() -> None:
    case = CaseState(direction=Direction.OUT, status=OutStatus.PAID.value,
                     gross=Decimal("100"))  # fmt: skip
    clerk = Rights(user_id=1, roles=frozenset({Role.CLERK}))
    decision = decide(Action.SEND, case, clerk)
    assert not decision.allowed
    assert isinstance(decision.reason, Message)
    assert decision.reason == "not possible in status Paid"
    with pytest.raises(ActionRefused) as caught:
        check(Action.SEND, case, clerk)
    assert caught.value.message.params["reason"] == decision.reason


def test_the_catalog_lists_every_message_of_the_core() -> None:
    templates, problems = core_messages.scan()
    assert not problems, "messages the translators cannot see:\n" + "\n".join(map(str, problems))
    assert len(templates) > 250
    expected = core_messages.render_catalog(templates)
    current = core_messages.CATALOG.read_text(encoding="utf-8")
    assert current == expected, "run: python scripts/i18n.py update (and translate the new texts)"
    assert "Line {i} has no description." in templates
    assert "needs the role {role}" in templates
    assert "{action} is not possible: {reason}" in templates  # a super().__init__ template


def test_the_scan_finds_untranslatable_messages(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from invoicedesk.domain.errors import ValidationError\n"
        "class OwnError(ValidationError):\n    pass\n"
        "def f(n, text):\n"
        '    raise ValidationError(f"Line {n} is empty.")\n'
        "def g(actor):\n"
        '    require_clerk(actor, "Creating a thing")\n'
        "def h(n):\n"
        '    raise OwnError("Row {n} is late.", n=n)\n'
        "def k(n):\n"
        "    return msg(text)\n",
        encoding="utf-8",
    )
    templates, problems = core_messages.scan([sample])
    assert templates == ["Row {n} is late."]
    assert [(p.line, p.text.split(";")[0].split(" instead")[0]) for p in problems] == [
        (5, "an f-string cannot be translated"),
        (7, "pass msg('Creating a thing')"),
        (11, "the message must be a string literal (or a Message passed on)"),
    ]


def test_the_gui_shows_core_messages_in_the_ui_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from invoicedesk.gui.common import i18n
    from invoicedesk.gui.common.core_messages import core_text
    from invoicedesk.gui.common.dialogs import error_text

    case = CaseState(direction=Direction.IN, status="checked", gross=Decimal("5000"),
                     edited_by_id=2)  # fmt: skip
    approver = Rights(user_id=3, roles=frozenset({Role.APPROVER}), approval_limit=Decimal("1000"))
    with pytest.raises(ActionRefused) as refused:
        check(Action.APPROVE, case, approver)
    line = ValidationError("Line {i} has no description.", i=3)
    previous = QLocale()
    try:
        assert i18n.install_translator("de")
        german = error_text(line)
        assert german != str(line) and "3" in german
        sentence = core_text(refused.value)
        assert "5.000" in sentence and "1.000" in sentence  # German separators
        assert "approval limit" not in sentence and "not possible" not in sentence
        assert i18n.translate("Domain", "Approve") in sentence  # the action label, translated
        assert core_text("a plain text from a library") == "a plain text from a library"
        limit = msg("the amount {amount} exceeds your approval limit of {limit}",
                    amount=Decimal("1234.50"), limit=Decimal("1000"))  # fmt: skip
        assert "1.234,50" in core_text(limit) and "1.000" in core_text(limit)
        due = core_text(msg("due on {day}, unpaid", day=date(2026, 11, 11)))
        assert due == "fällig am 11.11.26, unbezahlt"  # the locale's short date
        reached = msg("send date {day:%d.%m.%Y} reached", day=date(2027, 3, 1))
        assert core_text(reached) == "Versanddatum 01.03.2027 erreicht"  # the template's format
        joined = join_messages(
            [msg("no text in the PDF"), msg("validation failed: {rules}", rules="BR-01")], "; "
        )
        assert joined == "no text in the PDF; validation failed: BR-01"
        assert core_text(decode_text(encode_text(joined))) == (
            "kein Text in der PDF; Prüfung fehlgeschlagen: BR-01"
        )
        assert core_text(msg("Enter the {amount}.", amount=msg("net amount"))) not in (
            "Enter the net amount.",
        )
        assert i18n.install_translator("nl")
        dutch = error_text(line)
        assert dutch not in (german, str(line)) and "3" in dutch
        i18n.install_translator("en")
        assert error_text(line) == "Line 3 has no description."
        assert core_text(refused.value) == (
            "Approve is not possible: the amount 5,000 exceeds your approval limit of 1,000"
        )
    finally:
        i18n.install_translator("en")
        QLocale.setDefault(previous)

"""Plural forms (issue 21): Qt's %n numerus forms in English, German and Dutch — "1 case",
"2 cases", "1 Vorgang", "Merged 2 invoices into 1 collective invoice."."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from invoicedesk.gui.common import i18n
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.contracts.menu import schedule_text
from invoicedesk.gui.desk.statusbar import DeskStatusBar


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The UI language of the parametrised test; English (and the locale) again afterwards."""
    locale = QLocale()
    assert i18n.install_translator(request.param)
    yield request.param
    i18n.install_translator("en")
    QLocale.setDefault(locale)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 case", "2 cases"),
        ("de", "1 Vorgang", "2 Vorgänge"),
        ("nl", "1 dossier", "2 dossiers"),
    ],
    indirect=["language"],
)
def test_status_bar_counts(qtbot: Any, language: str, one: str, two: str) -> None:
    bar = DeskStatusBar("test.sqlite3", "Ada (AD)")
    qtbot.addWidget(bar)
    bar.set_count(1, True)
    assert bar.count.text() == one
    bar.set_count(2, True)
    assert bar.count.text() == two


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Merged 2 invoices into 1 collective invoice."),
        ("de", "2 Rechnungen zu 1 Sammelrechnung zusammengefasst."),
        ("nl", "2 facturen samengevoegd tot 1 verzamelfactuur."),
    ],
    indirect=["language"],
)
def test_merge_message(language: str, expected: str) -> None:
    text = translate("ContractsView", "Merged {invoices} into {collectives}.").format(
        invoices=translate("ContractsView", "%n invoice(s)", None, 2),
        collectives=translate("ContractsView", "%n collective invoice(s)", None, 1),
    )
    assert text == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "(1 invoice)"), ("de", "(1 Rechnung)"), ("nl", "(1 factuur)")],
    indirect=["language"],
)
def test_scheduled_send_in_the_status_bar(language: str, expected: str) -> None:
    from datetime import timedelta

    from invoicedesk.services.contracts.scheduled_send import NextSend, PassReport
    from invoicedesk.store.types import utcnow

    report = PassReport(next_send=NextSend(at=utcnow() + timedelta(hours=1), count=1))
    text, _tip = schedule_text(report)
    assert text.endswith(expected), text


def test_every_plural_source_has_its_forms_in_each_language() -> None:
    """Each %n text has all numerus forms filled in de, nl and en (lupdate adds them empty)."""
    import re

    for language in ("de", "nl", "en"):
        ts = i18n.ts_file(language).read_text(encoding="utf-8")
        for message in re.findall(r'<message numerus="yes">.*?</message>', ts, re.S):
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", message, re.S)
            assert forms and all("%n" in f or "%Ln" in f for f in forms), (language, message)


@pytest.mark.parametrize(
    ("language", "name", "description"),
    [
        ("de", "Alle freigegebenen gewonnenen Aufträge", "Jeder gewonnene"),
        ("nl", "Alle vrijgegeven gewonnen orders", "Elke gewonnen"),
        ("en", "All approved won orders", "Every won order"),
    ],
    indirect=["language"],
)
def test_shipped_billing_scenarios_are_translated(
    language: str, name: str, description: str
) -> None:
    from datetime import date

    from invoicedesk.gui.billing.scenario_page import describe
    from invoicedesk.gui.common.commerce_labels import commerce_label
    from invoicedesk.services.billing.scenarios import DEFAULTS

    shipped = DEFAULTS[1]
    assert commerce_label(shipped.name) == name
    assert commerce_label(shipped.description).startswith(description)
    rules = describe(DEFAULTS[0].rules, date(2026, 12, 7))
    if language == "de":
        assert rules.startswith("Aufträge: Gewonnen") or "01.11.2026–30.11.2026" in rules, rules
        assert "freigegeben" in rules


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("en", ("1 invoice", "⚠ 1 send failure", "Exported 1 case to x.csv"),
         ("3 invoices", "⚠ 3 send failures", "Exported 3 cases to x.csv")),
        ("de", ("1 Rechnung", "⚠ 1 Versandfehler", "1 Vorgang nach x.csv exportiert"),
         ("3 Rechnungen", "⚠ 3 Versandfehler", "3 Vorgänge nach x.csv exportiert")),
        ("nl", ("1 factuur", "⚠ 1 verzendfout", "1 dossier geëxporteerd naar x.csv"),
         ("3 facturen", "⚠ 3 verzendfouten", "3 dossiers geëxporteerd naar x.csv")),
    ],
    indirect=["language"],
)  # fmt: skip
def test_booking_export_send_failures_and_csv_export(
    language: str, one: tuple[str, ...], three: tuple[str, ...]
) -> None:
    """The former manual plurals (``if count == 1``) are %n forms now."""
    from invoicedesk.gui.incoming.booking import _invoices
    from invoicedesk.services.contracts.scheduled_send import PassReport

    for count, expected in ((1, one), (3, three)):
        invoices, failures, exported = expected
        assert _invoices(count) == invoices
        assert schedule_text(PassReport(failures=count))[0] == failures
        text = translate("ExportCsv", "Exported %Ln case(s) to {path}", None, count)
        assert text.format(path="x.csv") == exported


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 collective invoice without a send date</b> will not be sent until it gets",
         "2 collective invoices without a send date</b> will not be sent until they get"),
        ("de", "1 Sammelrechnung ohne Versanddatum</b> wird erst versendet, wenn sie eines erhält",
         "2 Sammelrechnungen ohne Versanddatum</b> werden erst versendet, wenn sie eines erhalten"),
        ("nl", "1 verzamelfactuur zonder verzenddatum</b> wordt pas",
         "2 verzamelfacturen zonder verzenddatum</b> worden pas"),
    ],
    indirect=["language"],
)  # fmt: skip
def test_login_popup_head(  # type: ignore[no-untyped-def]
    qtbot: Any, db, users, language: str, one: str, two: str
) -> None:
    from datetime import date
    from decimal import Decimal

    from PySide6.QtWidgets import QLabel

    from invoicedesk.gui.contracts.login_popup import LoginPopup
    from invoicedesk.services.contracts.collective_query import CollectiveRow
    from invoicedesk.store.types import utcnow

    def rows(count: int) -> list[Any]:
        return [
            CollectiveRow(
                id=i, version=1, number=None, status="draft", party_name="Muster GmbH",
                period_start=date(2027, 1, 1), period_end=date(2027, 1, 31), net=Decimal("10"),
                gross=Decimal("11.90"), currency="EUR", send_date=None, created_at=utcnow(),
                created_by="Ada", created_by_id=None, parts=1, error=None,
            )
            for i in range(1, count + 1)
        ]  # fmt: skip

    for count, expected in ((1, one), (2, two)):
        popup = LoginPopup(db, users["ada"].actor(), rows(count))
        qtbot.addWidget(popup)
        heads = [label.text() for label in popup.findChildren(QLabel)]
        assert any(expected in text for text in heads), heads

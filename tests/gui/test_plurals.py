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

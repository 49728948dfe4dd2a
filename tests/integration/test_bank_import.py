"""Every file of the shared bank test data: read, imported once, recognised again, or refused
with one line and nothing changed; the ``bank import`` and ``payments list`` commands."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from invoicedesk.cli.main import main
from invoicedesk.documents.bank.model import BankFileError
from invoicedesk.documents.bank.read import read_statements
from invoicedesk.services.payments.bank_import import import_file
from invoicedesk.store.models.payments import BankStatement, Payment, StatementLine

#: file -> (statements, lines) of the readable files
READABLE = {
    "camt053.v2.minimal.xml": (1, 1),
    "camt053.v2.multi.statement.xml": (2, 2),
    "camt053.v2.with-party-ids.xml": (1, 1),
    "camt053.v4.xml": (1, 1),
    "camt053.v8.xml": (1, 1),
    "sepa_mt9401.sta": (26, 97),
    "sepa_snippet.sta": (2, 11),
    "with_binary_character.sta": (2, 4),
}
#: file -> what the one-line reason says
BROKEN = {
    "camt053.v2.wrong.xml": "holds no statement",
    "sepa_snippet_broken.sta": "is no bank account",
    "amount_formats.sta": "no MT940 statement",
}


def _bank(shared_data: Path) -> Path:
    return shared_data / "bank"


def test_every_shared_file_is_known_here(shared_data) -> None:  # type: ignore[no-untyped-def]
    files = {p.name for p in _bank(shared_data).iterdir() if not p.name.startswith("LICENSE")}
    assert files == set(READABLE) | set(BROKEN)


@pytest.mark.parametrize("name", sorted(READABLE))
def test_readable_files_import_once_and_are_recognised_again(db, users, shared_data, name) -> None:  # type: ignore[no-untyped-def]
    path = _bank(shared_data) / name
    clerk = users["clara"].actor()
    first = import_file(db, clerk, path)
    assert first.error == ""
    assert (first.statements, len(first.lines)) == READABLE[name]
    assert all(line.state in ("unmatched", "proposed") for line in first.lines)
    second = import_file(db, clerk, path)
    assert second.duplicates == second.statements
    assert {line.state for line in second.lines} == {"duplicate"}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StatementLine)) == READABLE[name][1]
        assert s.scalar(select(func.count()).select_from(BankStatement)) == READABLE[name][0]


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_end_with_one_line_and_change_nothing(db, users, shared_data, name) -> None:  # type: ignore[no-untyped-def]
    result = import_file(db, users["clara"].actor(), _bank(shared_data) / name)
    assert BROKEN[name] in result.error
    assert "\n" not in result.error and result.lines == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(BankStatement)) == 0


def test_mt940_balances_checked_against_the_entries(db, users, shared_data) -> None:  # type: ignore[no-untyped-def]
    """Opening balance + entries = closing balance: every statement of the shared MT940 files
    adds up except one of ``sepa_snippet.sta`` (300.08 short), which is imported with a
    warning (its lines are real bookings; refusing would keep them from the clerk)."""
    gaps = {
        name: [s.balance_gap for s in read_statements((_bank(shared_data) / name).read_bytes())]
        for name in READABLE
        if name.endswith(".sta")
    }
    assert all(g == 0 for name, found in gaps.items() if name != "sepa_snippet.sta" for g in found)
    assert gaps["sepa_snippet.sta"] == [Decimal("0.00"), Decimal("300.08")]
    result = import_file(db, users["clara"].actor(), _bank(shared_data) / "sepa_snippet.sta")
    assert [str(w) for w in result.warnings] == [
        "Statement T089414096000001 00004 2007/00001 does not add up: its entries miss the"
        " closing balance by 300.08; lines may be missing, check it with the bank."
    ]
    assert len(result.lines) == 11


def test_mt940_details_amounts_and_accounts(shared_data) -> None:  # type: ignore[no-untyped-def]
    snippet = read_statements((_bank(shared_data) / "sepa_snippet.sta").read_bytes())
    first = snippet[0].entries[0]
    assert first.amount == Decimal("50990.05") and first.iban == "DE14508800500194785000"
    assert "TFNr 22 004" in first.reference and first.end_to_end_id.startswith("EndToEndId")
    assert [e.amount for e in snippet[1].entries][:3] == [
        Decimal("-0.08"),
        Decimal("335.33"),
        Decimal("15000.00"),
    ]
    binary = read_statements((_bank(shared_data) / "with_binary_character.sta").read_bytes())
    assert [s.account for s in binary] == ["DE79512308000000007055", "DE49512308000000007304"]
    assert binary[0].statement_id.startswith("STAR1ÜTßUMS")


def test_camt_versions_read_parties_and_references(shared_data) -> None:  # type: ignore[no-untyped-def]
    v8 = read_statements((_bank(shared_data) / "camt053.v8.xml").read_bytes())[0]
    entry = v8.entries[0]
    assert (v8.account, v8.file_format) == ("NL26VAYB8060476890", "camt.053.001.08")
    assert (entry.amount, entry.name, entry.iban) == (
        Decimal("8.85"),
        "NAME NAME",
        "NL56AGDH9619008421",
    )
    assert entry.end_to_end_id == "MUELL/FINP/RA12345" and entry.reference == "4654654654654654"
    multi = read_statements((_bank(shared_data) / "camt053.v2.multi.statement.xml").read_bytes())
    assert [e.amount for s in multi for e in s.entries] == [Decimal("8.85"), Decimal("-7.00")]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<?xml version='1.0'?><Document/>",
        b"<Document",
        b"hello\x00world",
        b"<!DOCTYPE x [<!ENTITY a 'b'>]><Document/>",
    ],
)
def test_garbage_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(BankFileError) as caught:
        read_statements(data)
    assert str(caught.value) and "\n" not in str(caught.value)


def test_cli_bank_import_json_and_payments_list(db_url, db, users, shared_data, capsys) -> None:  # type: ignore[no-untyped-def]
    bank = _bank(shared_data)
    code = main(
        [
            "--database-url",
            db_url,
            "bank",
            "import",
            "--json",
            str(bank / "sepa_snippet.sta"),
            str(bank / "sepa_snippet_broken.sta"),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip().splitlines() == [
        "invoicedesk: sepa_snippet_broken.sta: The account '166?00GUTSCHRIFT?100399?20EREF+EndT'"
        " (:25:) is no bank account.",
        "invoicedesk: sepa_snippet.sta: warning: Statement T089414096000001 00004 2007/00001"
        " does not add up: its entries miss the closing balance by 300.08; lines may be missing,"
        " check it with the bank.",
    ]
    rows = json.loads(out)
    assert len(rows) == 11
    assert set(rows[0]) >= {
        "date",
        "amount",
        "end_to_end_id",
        "reference",
        "matched_case_ids",
        "state",
    }
    assert rows[0]["amount"] == "50990.05" and rows[0]["state"] == "unmatched"
    code = main(["--database-url", db_url, "payments", "list", "--unmatched", "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0 and len(listed) == 11
    code = main(["--database-url", db_url, "bank", "import", str(bank / "sepa_snippet.sta")])
    out = capsys.readouterr().out
    assert code == 0 and "11 duplicate" in out
    code = main(["--database-url", db_url, "payments", "list", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0

"""Export CSV of the case table: filter or selection, order, both styles, atomic writing."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.export import HEADER, export_cases_csv, write_csv
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.store.case_query import CaseFilter

from .test_outgoing import draft, lines, setup_outgoing


def read(path: Path, style: str = "de") -> list[list[str]]:
    encoding = "utf-8-sig" if style == "de" else "utf-8"
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=";" if style == "de" else ","))


@pytest.fixture
def cases(db: Any, users: Any) -> dict[str, Any]:
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    de = draft(db, actor, parties["de"], lines=lines(3))
    nl = draft(db, actor, parties["nl"])
    en = draft(db, actor, parties["en"])
    issue_invoice(db, actor, nl, delivery="create_only")
    return {"actor": actor, "de": de, "nl": nl, "en": en}


def test_export_filter_in_table_order_german_style(db, cases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "all.csv"
    summary = export_cases_csv(db, cases["actor"], target, flt=CaseFilter(direction="out"))
    rows = read(target)
    assert summary.rows == 3 and rows[0] == list(HEADER)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets see UTF-8
    assert [int(r[-1]) for r in rows[1:]] == [cases["en"], cases["nl"], cases["de"]]  # newest first
    by_id = {int(r[-1]): dict(zip(HEADER, r, strict=True)) for r in rows[1:]}
    de = by_id[cases["de"]]
    assert de["Customer/Supplier"] == "Müller & Söhne GmbH" and de["Status"] == "draft"
    assert de["Number"] == "" and de["Type"] == "Invoice" and de["Direction"] == "Outgoing"
    # 289.00 - 10 % = 260.10; 3 x 39.90 = 119.70; 2.5 x 98 = 245.00 -> net 624.80
    assert de["Net"] == "624,80" and "," in de["Gross"] and "." not in de["Gross"]
    nl = by_id[cases["nl"]]
    assert nl["Number"] and nl["Status"] == "issued" and len(nl["Issue date"].split(".")) == 3


def test_export_selection_plain_style(db, cases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "sel.csv"
    export_cases_csv(
        db, cases["actor"], target, ids=[cases["de"], cases["en"]], style="plain",
        sort="party", descending=False,
    )  # fmt: skip
    rows = read(target, "plain")
    assert [r[4] for r in rows[1:]] == ["Lakeside Ltd", "Müller & Söhne GmbH"]
    assert Decimal(rows[2][9]) > 0 and "." in rows[2][7]


def test_filters_apply_and_nothing_selected_is_refused(db, cases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "drafts.csv"
    export_cases_csv(db, cases["actor"], target, flt=CaseFilter(statuses=["draft"]))
    assert {int(r[-1]) for r in read(target)[1:]} == {cases["de"], cases["en"]}
    with pytest.raises(ValidationError, match="No cases are selected"):
        export_cases_csv(db, cases["actor"], tmp_path / "none.csv", ids=[])


def test_permission_and_atomic_write(db, cases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ActionRefused):
        export_cases_csv(db, Actor(user_id=None), tmp_path / "x.csv")
    with pytest.raises(ValidationError, match="does not exist"):
        export_cases_csv(db, cases["actor"], tmp_path / "missing" / "x.csv")
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "keep.csv"
    target.write_text("old export\n", encoding="utf-8")

    def broken() -> Any:
        yield ["1"] * len(HEADER)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_csv(broken(), target)
    assert target.read_text(encoding="utf-8") == "old export\n"  # the old file is untouched
    assert sorted(p.name for p in folder.iterdir()) == ["keep.csv"]  # no temp file left

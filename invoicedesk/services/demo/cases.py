"""Demo content for trials and benchmarks: users, parties and N cases of both directions,
spread over every status and the last 18 months, with lines, history and PDF attachments.

Cases are written with bulk inserts in chunks (one transaction per chunk), so a million cases
take minutes, not hours, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import Direction, InStatus, OutStatus
from invoicedesk.domain.messages import encode_text, msg
from invoicedesk.domain.money import round_cents
from invoicedesk.domain.workflow import Actor, is_active, pending_action
from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.services.demo.credits import (
    CREDIT_PATH,
    CREDIT_STATUS,
    payment_status,
    refund_row,
)
from invoicedesk.services.demo.parties import demo_parties
from invoicedesk.services.demo.pdf import sample_pdf
from invoicedesk.services.outgoing.tax_treatment import decide_line
from invoicedesk.services.settings.company import demo_company
from invoicedesk.services.settings.users import add_user
from invoicedesk.store.audit import chain_rows
from invoicedesk.store.bulk import bulk_insert
from invoicedesk.store.case_query import search_text_for
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, CaseLine, StatusHistory
from invoicedesk.store.models.config import NumberCounter, NumberSeries
from invoicedesk.store.models.credits import CreditSettlement
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.models.parties import Party
from invoicedesk.store.models.users import User

DEMO_USERS = [
    # login, name, initials, roles, approval limit, password
    (
        "admin",
        "Anna Becker",
        "AB",
        ["admin", "clerk", "reviewer", "approver"],
        100000,
        "admin-demo",
    ),
    ("cdijkstra", "Carla Dijkstra", "CD", ["clerk", "reviewer"], 5000, "carla-demo"),
    ("mklein", "Markus Klein", "MK", ["clerk", "approver"], 2000, "markus-demo"),
    ("jvos", "Jan Vos", "JV", ["clerk", "reviewer", "approver"], 25000, "jan-demo"),
]

ARTICLES = [
    ("A-1001", "Inspektion nach Herstellervorgabe", "C62", "289.00", "19", "service"),
    ("A-1002", "Ölwechsel inkl. Filter", "C62", "89.90", "19", "service"),
    ("A-2001", "Winterreifen 205/55 R16", "H87", "112.50", "19", "goods"),
    ("A-2002", "Reifenmontage und Wuchten", "H87", "19.50", "19", "service"),
    ("A-3001", "Arbeitszeit Werkstatt", "HUR", "98.00", "19", "service"),
    ("A-3002", "Diagnose Motorsteuergerät", "C62", "65.00", "19", "service"),
    ("A-4001", "Wartungsvertrag Klimaanlage", "MON", "45.00", "19", "service"),
    ("A-5001", "Fachbuch Fahrzeugtechnik", "H87", "39.90", "7", "goods"),
    ("A-6001", "Bremsbeläge vorne (Satz)", "SET", "74.20", "19", "goods"),
    ("A-6002", "Scheibenwischer Satz", "SET", "24.95", "19", "goods"),
]

OUT_WEIGHTS = {
    OutStatus.DRAFT: 8,
    OutStatus.ISSUED: 4,
    OutStatus.SENT: 18,
    OutStatus.OVERDUE: 7,
    OutStatus.SEND_FAILED: 2,
    OutStatus.PAID: 14,
    OutStatus.COMPLETED: 40,
    OutStatus.CANCELED: 7,
}
IN_WEIGHTS = {
    InStatus.UPLOADING: 1,
    InStatus.PROCESSING: 1,
    InStatus.READY: 12,
    InStatus.EDITED: 8,
    InStatus.CHECKED: 7,
    InStatus.APPROVED: 7,
    InStatus.BOOKED: 14,
    InStatus.ERROR: 3,
    InStatus.ARCHIVED: 47,
}
OUT_PATH = {
    OutStatus.DRAFT: [],
    OutStatus.ISSUED: ["issued"],
    OutStatus.SENT: ["issued", "sent"],
    OutStatus.OVERDUE: ["issued", "sent", "overdue"],
    OutStatus.SEND_FAILED: ["issued", "send_failed"],
    OutStatus.PAID: ["issued", "sent", "paid"],
    OutStatus.COMPLETED: ["issued", "sent", "paid", "completed"],
    OutStatus.CANCELED: ["issued", "sent", "canceled"],
}
IN_PATH = {
    InStatus.UPLOADING: [],
    InStatus.PROCESSING: ["processing"],
    InStatus.READY: ["processing", "ready"],
    InStatus.EDITED: ["processing", "ready", "edited"],
    InStatus.CHECKED: ["processing", "ready", "edited", "checked"],
    InStatus.APPROVED: ["processing", "ready", "edited", "checked", "approved"],
    InStatus.BOOKED: ["processing", "ready", "edited", "checked", "approved", "booked"],
    InStatus.ERROR: ["processing", "error"],
    InStatus.ARCHIVED: [
        "processing",
        "ready",
        "edited",
        "checked",
        "approved",
        "booked",
        "archived",
    ],
}
ACTION_FOR = {
    "settled": "settle",
    "issued": "send",
    "sent": "system_sent",
    "overdue": "system_overdue",
    "send_failed": "system_send_failed",
    "paid": "mark_paid",
    "completed": "system_complete",
    "canceled": "cancel",
    "processing": "system_processing",
    "ready": "system_ready",
    "edited": "finish_edit",
    "checked": "check",
    "approved": "approve",
    "booked": "book_export",
    "archived": "archive",
    "error": "system_error",
}
CHUNK = 10_000


def _table(model: type[Any]) -> Table:
    """The Core table of a mapped class."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class DemoSummary:
    """What was created, for the CLI to print."""

    users: list[tuple[str, str, str]]
    parties: int
    cases: int
    seconds: float


def ensure_demo_users(db: Database) -> list[tuple[str, str, str]]:
    """Create the demo users that do not exist yet; return (login, initials, password)."""
    with db.read() as s:
        existing = set(s.scalars(select(User.login)))
    created = []
    for login, name, initials, roles, limit, password in DEMO_USERS:
        if login not in existing:
            add_user(
                db,
                login,
                full_name=name,
                initials=initials,
                roles=roles,
                password=password,
                approval_limit=Decimal(limit),
                actor=Actor.system(),
            )
        created.append((login, initials, password))
    return created


def ensure_number_series(session: Session) -> dict[str, int]:
    """The default number series (invoices RE-, credit notes GS-); returns code -> id."""
    have = {s.code: s.id for s in session.scalars(select(NumberSeries))}
    defaults = [
        ("invoice", "Invoices", "RE-{yyyy}-{seq:05}"),
        ("credit_note", "Credit notes", "GS-{yyyy}-{seq:05}"),
        ("collective", "Collective invoices", "SR-{yyyy}-{seq:05}"),
    ]
    for code, name, pattern in defaults:
        if code not in have:
            series = NumberSeries(code=code, name=name, pattern=pattern, reset_yearly=True)
            session.add(series)
            session.flush()
            have[code] = series.id
    return have


def _ensure_parties(db: Database, rng: random.Random) -> list[dict[str, Any]]:
    with db.write() as s:
        if not s.scalar(select(func.count()).select_from(Party)):
            for p in demo_parties(rng):
                s.add(
                    Party(
                        kind=p.kind,
                        name=p.name,
                        street=p.street,
                        postal_code=p.postal_code,
                        city=p.city,
                        country=p.country,
                        vat_id=p.vat_id,
                        iban=p.iban,
                        email=p.email,
                        language=p.language,
                        preferred_delivery="email",
                    )
                )
        rows = s.execute(
            select(Party.id, Party.kind, Party.name, Party.language, Party.country, Party.vat_id)
        )
        return [dict(r._mapping) for r in rows]


def _weighted(rng: random.Random, weights: dict[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Generator:
    """Builds the rows of one chunk of cases."""

    def __init__(
        self,
        rng: random.Random,
        parties: list[dict[str, Any]],
        users: list[int],
        series: dict[str, int],
        blobs: dict[str, list[str]],
        now: datetime,
    ) -> None:
        self.rng = rng
        self.customers = [p for p in parties if p["kind"] != "supplier"]
        self.suppliers = [p for p in parties if p["kind"] != "customer"]
        self.users = users
        self.series = series
        self.blobs = blobs
        self.now = now
        self.counters: dict[tuple[str, int], int] = {}
        self.seller = demo_company()

    def _number(self, code: str, year: int) -> str:
        key = (code, year)
        self.counters[key] = self.counters.get(key, 0) + 1
        prefix = {"invoice": "RE", "credit_note": "GS", "collective": "SR"}[code]
        return f"{prefix}-{year}-{self.counters[key]:05d}"

    def case(
        self,
        case_id: int,
        rows: dict[str, list[dict[str, Any]]],
        first_line_id: int,
        first_hist_id: int,
    ) -> tuple[int, int]:
        """Append the rows of one case; return the next free line and history ids."""
        rng = self.rng
        direction = Direction.OUT if rng.random() < 0.6 else Direction.IN
        age_days = int(rng.triangular(0, 548, 0))
        created = self.now - timedelta(days=age_days, minutes=rng.randint(0, 600))
        if direction is Direction.OUT:
            status: str = _weighted(rng, OUT_WEIGHTS)
            if (
                age_days > 90
                and status in (OutStatus.DRAFT, OutStatus.ISSUED)
                and rng.random() < 0.9
            ):
                status = OutStatus.COMPLETED
            path = OUT_PATH[OutStatus(status)]
            party = rng.choice(self.customers)
        else:
            status = _weighted(rng, IN_WEIGHTS)
            if age_days > 60 and status in (InStatus.UPLOADING, InStatus.PROCESSING):
                status = InStatus.ARCHIVED
            path = IN_PATH[InStatus(status)]
            party = rng.choice(self.suppliers)
        creator = rng.choice(self.users)
        kind = "invoice"
        if direction is Direction.OUT and rng.random() < 0.04 and status != OutStatus.DRAFT:
            kind = "credit_note"
            status = CREDIT_STATUS[OutStatus(status)]
            path = CREDIT_PATH[OutStatus(status)]
        elif direction is Direction.OUT and rng.random() < 0.06:
            kind = "collective"
        credit = kind == "credit_note"
        issue_day = created.date()
        lines, net, tax, reverse = self._lines(case_id, first_line_id, kind, party, rows)
        number: str | None = None
        series_id = None
        if direction is Direction.OUT and path:
            code = kind if kind in ("credit_note", "collective") else "invoice"
            number = self._number(code, issue_day.year)
            series_id = self.series[code]
        elif direction is Direction.IN and status not in (InStatus.UPLOADING, InStatus.PROCESSING):
            number = (
                f"{rng.choice(['R', 'RE', 'INV', 'F'])}-{issue_day.year}-{rng.randint(100, 99999)}"
            )
        delivered = not credit and (
            status in (OutStatus.COMPLETED,)
            or (direction is Direction.OUT and status == OutStatus.PAID and rng.random() < 0.5)
        )
        booked = status == OutStatus.COMPLETED
        paid = not credit and (
            status in (OutStatus.PAID, OutStatus.COMPLETED)
            or status in (InStatus.BOOKED, InStatus.ARCHIVED)
        )
        due = issue_day + timedelta(days=rng.choice([7, 14, 14, 30]))
        if status == OutStatus.OVERDUE:
            due = min(due, self.now.date() - timedelta(days=rng.randint(1, 40)))
        gross = net + tax
        send_date = None
        if kind == "collective" and status == OutStatus.DRAFT and rng.random() < 0.6:
            send_date = self.now.date() + timedelta(days=rng.randint(1, 30))
        rows["cases"].append(
            {
                "id": case_id,
                "direction": direction.value,
                "kind": kind,
                "status": str(status),
                "active": is_active(status),
                "pending_action": pending_action(direction, status, delivered, booked, kind).value,
                "number": number,
                "series_id": series_id,
                "party_id": party["id"],
                "party_name": party["name"],
                "search_text": search_text_for(number, party["name"]),
                "currency": "EUR",
                "net": net,
                "tax": tax,
                "gross": gross,
                "paid_amount": gross if paid else Decimal("0.00"),
                "payment_status": payment_status(kind, status, paid),
                "paid_on": (due - timedelta(days=rng.randint(0, 10))) if paid else None,
                "issue_date": issue_day,
                "due_date": None if credit else due,
                "delivery_date": issue_day,
                "period_start": None,
                "period_end": None,
                "send_date": send_date,
                "reverse_charge": reverse,
                "delivered": delivered,
                "booked": booked,
                "language": party["language"],
                "payment_reference": None if credit else number,
                "payment_reference_valid": status != OutStatus.CANCELED and not credit,
                "payment_terms": "",
                "notes": "",
                "recipient_email": None,
                "credit_for_id": None,
                "issued_at": created if number and direction is Direction.OUT else None,
                "snapshot": None,
                "extraction": None,
                "error_message": "The PDF could not be read (damaged file)."
                if status == InStatus.ERROR
                else None,
                "source_sha256": None,
                "created_at": created,
                "created_by_id": creator,
                "updated_at": created,
                "updated_by_id": creator,
                "edited_by_id": creator
                if status in ("edited", "checked", "approved", "booked", "archived")
                else None,
                "checked_by_id": None,
                "approved_by_id": None,
                "assignee_id": None,
                "version": 1,
            }
        )
        if credit and status in (OutStatus.SETTLED, OutStatus.COMPLETED):
            settled_on = min(issue_day + timedelta(days=rng.randint(3, 20)), self.now.date())
            rows["settlements"].append(refund_row(case_id, settled_on, net + tax, created, creator))
        hist_id = first_hist_id
        at = created
        prev: str | None = None
        first = "draft" if direction is Direction.OUT else "uploading"
        rows["history"].append(
            {
                "id": hist_id,
                "case_id": case_id,
                "at": at,
                "user_id": creator,
                "action": "create",
                "from_status": None,
                "to_status": first,
                "comment": "",
                "comment_record": None,
            }
        )
        hist_id += 1
        prev = first
        for step in path:
            at = at + timedelta(hours=rng.randint(1, 72))
            rows["history"].append(
                {
                    "id": hist_id,
                    "case_id": case_id,
                    "at": min(at, self.now),
                    "user_id": None
                    if ACTION_FOR[step].startswith("system")
                    else rng.choice(self.users),
                    "action": ACTION_FOR[step],
                    "from_status": prev,
                    "to_status": step,
                    **_sent_comment(party["name"] if step == "sent" else None),
                }
            )
            hist_id += 1
            prev = step
        if number and (direction is Direction.IN or path):
            pool = self.blobs["out" if direction is Direction.OUT else "in"]
            rows["attachments"].append(
                {
                    "case_id": case_id,
                    "blob_sha256": rng.choice(pool),
                    "filename": f"{number}.pdf",
                    "mime_type": "application/pdf",
                    "kind": "invoice_pdf",
                    "created_at": created,
                    "created_by_id": creator,
                }
            )
        return first_line_id + lines, hist_id

    def _lines(
        self,
        case_id: int,
        first_id: int,
        kind: str,
        party: dict[str, Any],
        rows: dict[str, list[dict[str, Any]]],
    ) -> tuple[int, Decimal, Decimal, bool]:
        """The lines of one case with the tax treatment decided as the app decides it (an EU
        business customer gets reverse charge for services, a tax-free supply for goods);
        returns (count, net, tax, reverse charge)."""
        rng = self.rng
        count = rng.choice([1, 1, 2, 2, 3, 4]) if kind != "collective" else rng.randint(2, 6)
        net_total = Decimal("0.00")
        reverse = False
        taxes: dict[Decimal, Decimal] = {}
        for pos in range(count):
            art_no, desc, unit, price, rate, supply = rng.choice(ARTICLES)
            qty = (
                Decimal(rng.choice([1, 1, 1, 2, 4]))
                if unit != "HUR"
                else Decimal(rng.choice(["0.5", "1", "1.5", "2.5"]))
            )
            unit_price = Decimal(price)
            line_net = round_cents(qty * unit_price)
            decision = decide_line(self.seller, _Buyer(party), supply, Decimal(rate))
            vat = decision.rate
            reverse = reverse or decision.category.value == "AE"
            net_total += line_net
            taxes[vat] = taxes.get(vat, Decimal("0.00")) + line_net
            rows["lines"].append(
                {
                    "id": first_id + pos,
                    "case_id": case_id,
                    "position": pos + 1,
                    "article_no": art_no,
                    "description": desc,
                    "quantity": qty,
                    "unit": unit,
                    "unit_price": unit_price,
                    "discount_percent": Decimal("0"),
                    "vat_rate": vat,
                    "vat_category": decision.category.value,
                    "kind": supply,
                    "tax_override": False,
                    "net": line_net,
                    "period_start": None,
                    "period_end": None,
                    "cost_account": None,
                    "cost_centre": None,
                }
            )
        tax_total = sum((round_cents(b * r / 100) for r, b in taxes.items()), Decimal("0.00"))
        return count, net_total, tax_total, reverse


@dataclass(frozen=True)
class _Buyer:
    """A demo customer row as the tax decision reads it (all demo customers are businesses)."""

    row: dict[str, Any]
    business: bool = True

    @property
    def country(self) -> str:
        return str(self.row["country"])

    @property
    def vat_id(self) -> str | None:
        return self.row.get("vat_id")


def _sample_blobs(db: Database) -> dict[str, list[str]]:
    with db.write() as s:
        out = [store_blob(s, sample_pdf("Rechnung", f"RE-DEMO-{i:03d}", i)) for i in range(8)]
        inc = [
            store_blob(s, sample_pdf("Lieferantenrechnung", f"LR-DEMO-{i:03d}", 100 + i))
            for i in range(8)
        ]
    return {"out": out, "in": inc}


def generate(
    db: Database,
    cases: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Create demo users, parties and ``cases`` cases (added to what is there)."""
    started = datetime.now(UTC)
    rng = random.Random(seed)
    users = ensure_demo_users(db)
    parties = _ensure_parties(db, rng)
    with db.write() as s:
        series = ensure_number_series(s)
        user_ids = list(s.scalars(select(User.id).order_by(User.id)))
    blobs = _sample_blobs(db)
    with db.read() as s:
        case_id = int(s.scalar(select(func.max(Case.id))) or 0) + 1
        line_id = int(s.scalar(select(func.max(CaseLine.id))) or 0) + 1
        hist_id = int(s.scalar(select(func.max(StatusHistory.id))) or 0) + 1
        existing_numbers = s.execute(
            select(NumberCounter.series_id, NumberCounter.year, NumberCounter.last_value)
        ).all()
    gen = _Generator(rng, parties, user_ids, series, blobs, datetime.now(UTC))
    code_of = {v: k for k, v in series.items()}
    for series_id, year, last in existing_numbers:
        gen.counters[(code_of[series_id], year)] = last
    done = 0
    while done < cases:
        n = min(CHUNK, cases - done)
        rows: dict[str, list[dict[str, Any]]] = {
            "cases": [],
            "lines": [],
            "history": [],
            "attachments": [],
            "settlements": [],
        }
        for _ in range(n):
            line_id, hist_id = gen.case(case_id, rows, line_id, hist_id)
            case_id += 1
        with db.write() as s:
            bulk_insert(s, _table(Case), rows["cases"])
            bulk_insert(s, _table(CaseLine), rows["lines"])
            chain_rows(s, StatusHistory, rows["history"], fresh_keys=True)
            bulk_insert(s, _table(StatusHistory), rows["history"])
            if rows["attachments"]:
                bulk_insert(s, _table(Attachment), rows["attachments"])
            if rows["settlements"]:
                bulk_insert(s, _table(CreditSettlement), rows["settlements"])
        done += n
        if progress:
            progress(done, cases)
    with db.write() as s:
        _save_counters(s, gen.counters, series)
        _fix_sequences(s)
    seconds = (datetime.now(UTC) - started).total_seconds()
    return DemoSummary(users=users, parties=len(parties), cases=cases, seconds=seconds)


def _save_counters(
    s: Session, counters: dict[tuple[str, int], int], series: dict[str, int]
) -> None:
    for (code, year), last in counters.items():
        row = s.get(NumberCounter, (series[code], year))
        if row is None:
            s.add(NumberCounter(series_id=series[code], year=year, last_value=last))
        else:
            row.last_value = max(row.last_value, last)


def _fix_sequences(s: Session) -> None:
    """After inserts with explicit ids, move PostgreSQL's id sequences past them."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for model in (Case, CaseLine, StatusHistory, Attachment):
        table = _table(model)
        highest = select(func.coalesce(func.max(table.c.id), 1)).scalar_subquery()
        s.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"), highest)))


def _sent_comment(name: str | None) -> dict[str, str | None]:
    """The history comment of a demo step (``sent to …`` for sending, translatable)."""
    if name is None:
        return {"comment": "", "comment_record": None}
    note = msg("sent to {to}", to=name)
    return {"comment": str(note), "comment_record": encode_text(note)}

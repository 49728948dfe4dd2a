"""Processing a billing run: each order becomes an issued invoice, then Email, Print or
Create only — in the background, with progress, cancellable and resumable.

Per chunk of orders, one transaction creates the drafts, links each order to its case
(unique in the database), draws the gapless numbers and freezes the snapshots (status
*Issued*, row *Rendering…*). The PDFs are rendered from the frozen documents in a process
pool while the next chunk is issued; a second transaction attaches them (and the order's
delivery note), queues the e-mails and marks the rows *Processed*. If the process dies in
between, the resumed run renders the missing PDFs from the frozen snapshots — the number is
never lost or drawn twice, and an order that has an invoice is never invoiced again.

A resumed run respects what happened meanwhile: the version of each invoice right after the run
issued it is kept in its row, and an invoice that was canceled, credited or changed since (sent
by a clerk, marked paid …) is not e-mailed or printed; its row says why. If the database is
lost part-way, the run stops with exactly what it committed and how to resume it.

Every order runs in a savepoint: one bad order fails alone, with its reason.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from invoicedesk.documents.layout_options import LayoutOptions
from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.domain.enums import Direction, OutStatus, status_label
from invoicedesk.domain.errors import InvoiceDeskError, NotFound, ValidationError
from invoicedesk.domain.messages import Message, encode_text, msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.billing.rules import invoice_date, preflight
from invoicedesk.services.billing.runs import LEASE, RunSummary, run_summary
from invoicedesk.services.cases.actions import load_for_update, record
from invoicedesk.services.cases.attachments import attach
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.interruptions import WorkInterrupted, reason_of
from invoicedesk.services.orders.delivery_notes import attach_to_invoice
from invoicedesk.services.orders.orders import draft_input
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.drafts import INVOICE_PDF, apply_draft
from invoicedesk.services.outgoing.einvoice_delivery import attach_einvoice
from invoicedesk.services.outgoing.issuing import (
    PDF,
    document_from_snapshot,
    freeze_issue,
    layout_options,
)
from invoicedesk.services.outgoing.render_pool import RenderPool
from invoicedesk.services.settings.company import CompanySettings, company_logo, get_company
from invoicedesk.store.database import Database
from invoicedesk.store.models.billing import BillingRun, BillingRunRow
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment
from invoicedesk.store.models.orders import DeliveryNote, OrderInvoice, SalesOrder
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

log = logging.getLogger(__name__)
#: progress(done, total, text)
Progress = Callable[[int, int, str], None]
ACTION_FOR = {"email": Action.SEND, "print": Action.CREATE_ONLY, "create_only": Action.CREATE_ONLY}


class Cancellation(Protocol):
    """Anything with a ``cancelled`` flag (the GUI's ``CancelToken``)."""

    @property
    def cancelled(self) -> bool:
        """Whether the clerk asked to stop."""
        ...


class RunTakenOver(InvoiceDeskError):
    """Another process took over the run (this one was too slow to renew its lease)."""


@dataclass
class _Issued:
    row_id: int
    case_id: int
    order_id: int
    action: str
    future: Future[bytes]


def _claim(db: Database, run_id: int, owner: str, force: bool) -> None:
    """Take the run's lease, refusing when another live process holds it."""
    with db.write() as s:
        run = s.scalar(select(BillingRun).where(BillingRun.id == run_id).with_for_update())
        if run is None:
            raise NotFound("There is no billing run {run_id}.", run_id=run_id)
        if run.status == "finished":
            raise ValidationError("Billing run {run_id} is finished already.", run_id=run_id)
        fresh = run.heartbeat_at is not None and utcnow() - run.heartbeat_at < LEASE
        if run.status == "running" and fresh and not force:
            raise ValidationError(
                "Billing run {run_id} is being processed right now (on this or another "
                "workstation); wait for it or resume it later.",
                run_id=run_id,
            )
        run.status, run.owner, run.heartbeat_at = "running", owner, utcnow()


def _beat(s: Session, run_id: int, owner: str) -> BillingRun:
    run = s.scalar(select(BillingRun).where(BillingRun.id == run_id).with_for_update())
    if run is None or run.owner != owner:
        raise RunTakenOver("Billing run {run_id} was taken over by another process.", run_id=run_id)
    run.heartbeat_at = utcnow()
    return run


def _references(order: SalesOrder, note: DeliveryNote | None) -> str:
    text = f"Order {order.number}"
    if order.customer_reference:
        text += f" (your reference {order.customer_reference})"
    return text + (f" · delivery note {note.number}" if note else "")


@dataclass
class _Chunk:
    """Everything one chunk needs, loaded with a handful of queries."""

    orders: dict[int, SalesOrder]
    parties: dict[int, Party]
    invoiced: dict[int, str | None]
    notes: dict[int, DeliveryNote]

    @classmethod
    def load(cls, s: Session, order_ids: list[int]) -> _Chunk:
        orders = {
            o.id: o for o in s.scalars(select(SalesOrder).where(SalesOrder.id.in_(order_ids)))
        }
        party_ids = {o.party_id for o in orders.values()}
        parties = {p.id: p for p in s.scalars(select(Party).where(Party.id.in_(party_ids)))}
        invoiced = dict(
            s.execute(
                select(OrderInvoice.order_id, Case.number)
                .join(Case, Case.id == OrderInvoice.case_id)
                .where(OrderInvoice.order_id.in_(order_ids))
            ).all()
        )
        notes = {
            n.order_id: n
            for n in s.scalars(select(DeliveryNote).where(DeliveryNote.order_id.in_(order_ids)))
        }
        return cls(orders, parties, invoiced, notes)


def _verdict(chunk: _Chunk, row: BillingRunRow) -> tuple[str, str] | None:
    """(status, reason) when the row cannot be invoiced; checked before anything is written."""
    order = chunk.orders.get(row.order_id)
    if order is None:
        return "failed", msg("The order was deleted.")
    if order.id in chunk.invoiced:
        number = chunk.invoiced[order.id]
        if number:
            return "skipped", msg("Already invoiced as {number}.", number=number)
        return "skipped", msg("Already invoiced as a draft.")
    problem = preflight(order, chunk.parties[order.party_id], row.action)
    return ("failed", problem) if problem else None


def _draft(
    s: Session, row: BillingRunRow, actor: Actor, chunk: _Chunk, company: CompanySettings
) -> Case:
    """The invoice draft of the row's order (added to the session, not flushed)."""
    order = chunk.orders[row.order_id]
    case = Case(direction=Direction.OUT.value, kind="invoice", status=OutStatus.DRAFT.value,
                created_by_id=actor.user_id)  # fmt: skip
    s.add(case)
    data = draft_input(order, _references(order, chunk.notes.get(order.id)))
    apply_draft(s, case, data, seller=company)
    return case


def _issue(
    s: Session,
    run: BillingRun,
    row: BillingRunRow,
    case: Case,
    actor: Actor,
    chunk: _Chunk,
    company: CompanySettings,
    logo: bytes | None,
    layout: LayoutOptions,
) -> InvoiceDocument:
    """Link the flushed draft to its order, draw its number and freeze it; history rows."""
    order = chunk.orders[row.order_id]
    note = msg("from order {order}, billing run {run}", order=order.number, run=run.id)
    record(s, case, actor, "create_draft", None, note)
    s.add(OrderInvoice(order_id=order.id, case_id=case.id, run_id=run.id))
    action = ACTION_FOR[row.action]
    authorize(s, actor, action, case)
    rule = str(run.rules.get("date_rule", "today"))
    day = invoice_date(rule, run.invoice_date, order.closed_on) if rule == "close_date" else None
    with s.no_autoflush:  # the counter statements need none of the pending rows
        doc = freeze_issue(
            s, case, today=day or run.invoice_date, company=company, logo=logo, layout=layout
        )
    attach_einvoice(s, case, doc, chunk.parties.get(order.party_id), actor)
    record(s, case, actor, action, OutStatus.DRAFT.value, msg("billing run {run}", run=run.id))
    if row.action == "print":
        authorize(s, actor, Action.PRINT, case)
        note = msg("billing run {run}: to print", run=run.id)
        record(s, case, actor, Action.PRINT, case.status, note)
    row.case_id, row.invoice_number, row.status = case.id, case.number, "issued"
    return doc


def _issue_rows(
    db: Database, run_id: int, owner: str, row_ids: list[int], actor: Actor, careful: bool
) -> list[tuple[BillingRunRow, InvoiceDocument]]:
    """One transaction for the chunk. Fast: all drafts in one flush, no savepoints (any error
    aborts the chunk). Careful: each order in a savepoint, so a bad order fails alone."""
    issued: list[tuple[BillingRunRow, InvoiceDocument]] = []
    with db.write() as s:
        run = _beat(s, run_id, owner)
        company = get_company(s)
        logo = company_logo(s, company)
        layout = layout_options(s)
        rows = s.scalars(
            select(BillingRunRow)
            .where(BillingRunRow.id.in_(row_ids), BillingRunRow.status == "not_done")
            .order_by(BillingRunRow.position)
        ).all()
        chunk = _Chunk.load(s, [r.order_id for r in rows])
        good = []
        for row in rows:
            row.updated_at = utcnow()
            verdict = _verdict(chunk, row)
            if verdict is None:
                good.append(row)
            else:
                row.status, row.error = verdict[0], encode_text(verdict[1])
        if not careful:
            with s.no_autoflush:  # all drafts in one flush, not one flush per draft
                cases = [_draft(s, row, actor, chunk, company) for row in good]
            s.flush()
            for row, case in zip(good, cases, strict=True):
                issued.append((row, _issue(s, run, row, case, actor, chunk, company, logo, layout)))
            s.flush()  # the unique order links are checked here
            for row, case in zip(good, cases, strict=True):
                row.case_version = case.version
            return issued
        for row in good:
            try:
                with s.begin_nested():
                    case = _draft(s, row, actor, chunk, company)
                    s.flush()
                    doc = _issue(s, run, row, case, actor, chunk, company, logo, layout)
                    s.flush()
                    row.case_version = case.version
                issued.append((row, doc))
            except IntegrityError:
                row.status = "skipped"
                row.error = encode_text(
                    msg("The order was invoiced by someone else at the same moment.")
                )
            except InvoiceDeskError as exc:
                row.status, row.error = "failed", encode_text(exc.message)
    return issued


def _issue_chunk(
    db: Database, run_id: int, owner: str, row_ids: list[int], actor: Actor, pool: RenderPool
) -> list[_Issued]:
    """Issue the orders of a chunk (fast path, then careful on any error); submit renders."""
    try:
        issued = _issue_rows(db, run_id, owner, row_ids, actor, careful=False)
    except (InvoiceDeskError, IntegrityError) as exc:
        if isinstance(exc, RunTakenOver):
            raise
        issued = _issue_rows(db, run_id, owner, row_ids, actor, careful=True)
    return [_Issued(r.id, r.case_id or 0, r.order_id, r.action, pool.submit(d)) for r, d in issued]


def _finish_chunk(
    db: Database, run_id: int, owner: str, chunk: list[_Issued], actor: Actor, resumed: bool
) -> None:
    """One transaction: attach PDFs and delivery notes, queue e-mails, rows *Processed*.

    Fast first: every row without a savepoint (a savepoint per row costs two statements and
    its own flush); if any row is refused, that transaction is rolled back whole and the
    chunk is stored again carefully, each row in a savepoint, so the bad row fails alone.
    """
    if not chunk:
        return
    try:
        _store_chunk(db, run_id, owner, chunk, actor, resumed, careful=False)
    except InvoiceDeskError as exc:
        if isinstance(exc, RunTakenOver):
            raise
        _store_chunk(db, run_id, owner, chunk, actor, resumed, careful=True)


def _store_chunk(
    db: Database,
    run_id: int,
    owner: str,
    chunk: list[_Issued],
    actor: Actor,
    resumed: bool,
    careful: bool,
) -> None:
    """The transaction of :func:`_finish_chunk` (``careful``: each row in a savepoint)."""
    with db.write() as s:
        _beat(s, run_id, owner)
        ids = [i.row_id for i in chunk]
        rows = {r.id: r for r in s.scalars(select(BillingRunRow).where(BillingRunRow.id.in_(ids)))}
        order_ids = [i.order_id for i in chunk]
        notes = {
            n.order_id: n
            for n in s.scalars(select(DeliveryNote).where(DeliveryNote.order_id.in_(order_ids)))
        }
        for item in chunk:
            row = rows[item.row_id]
            row.updated_at = utcnow()
            try:
                pdf = item.future.result()
            except Exception as exc:  # a rendering bug: the row stays issued, resumable
                row.error = encode_text(msg("The PDF could not be rendered: {error}", error=exc))
                continue
            if not careful:
                _deliver(s, item, row, pdf, actor, notes.get(item.order_id), resumed)
                continue
            try:
                with s.begin_nested():
                    _deliver(s, item, row, pdf, actor, notes.get(item.order_id), resumed)
            except InvoiceDeskError as exc:
                row.status = "failed"
                row.error = encode_text(
                    msg(
                        "Invoice {number} was created, but: {error}",
                        number=row.invoice_number,
                        error=exc.message,
                    )
                )


def _changed_since(s: Session, row: BillingRunRow) -> Message | None:
    """Why the row's invoice must not be delivered any more (canceled, credited or changed
    since the run issued it), or ``None``. Locks the case."""
    case = load_for_update(s, row.case_id or 0)
    number = row.invoice_number
    if case.status == OutStatus.CANCELED.value:
        return msg("Invoice {number} was canceled meanwhile; it was not delivered.", number=number)
    credited = s.scalar(
        select(func.count()).where(Case.credit_for_id == case.id, Case.number.is_not(None))
    )
    if credited:
        return msg("A credit note was issued for invoice {number} meanwhile; it was not "
                   "delivered.", number=number)  # fmt: skip
    if row.case_version is not None and case.version != row.case_version:
        return msg("Invoice {number} was changed meanwhile (now {status}); it was not delivered "
                   "— send or print it from the desk if it should still go.",
                   number=number, status=status_label(case.status))  # fmt: skip
    return None


def _deliver(
    s: Session,
    item: _Issued,
    row: BillingRunRow,
    pdf: bytes,
    actor: Actor,
    note: DeliveryNote | None,
    resumed: bool,
) -> None:
    number = row.invoice_number
    changed = _changed_since(s, row) if item.action in ("email", "print") else None
    has_pdf = resumed and s.scalar(
        select(Attachment.id).where(
            Attachment.case_id == item.case_id, Attachment.kind == INVOICE_PDF
        )
    )
    if not has_pdf:
        attach(s, item.case_id, f"{number}.pdf", pdf, actor=actor, kind=INVOICE_PDF, mime_type=PDF)
        if note is not None:
            attach_to_invoice(s, note, item.case_id, actor)
    if changed is not None:
        row.status, row.channel, row.error = "skipped", None, encode_text(changed)
        return
    if item.action == "email":
        case = s.get(Case, item.case_id)
        assert case is not None
        row.outbox_id = mail_texts.queue_document_mail(s, case, actor)
    row.status, row.channel, row.error = "processed", item.action, None


def _resume_issued(db: Database, run_id: int, actor: Actor, pool: RenderPool) -> list[_Issued]:
    """Rows issued by a process that died before their PDFs were stored: render them again
    from the frozen snapshots."""
    with db.read() as s:
        rows = s.scalars(
            select(BillingRunRow).where(
                BillingRunRow.run_id == run_id, BillingRunRow.status == "issued"
            )
        ).all()
        if not rows:
            return []
        company = get_company(s)
        logo = company_logo(s, company)
        layout = layout_options(s)
        result = []
        for row in rows:
            case = s.get(Case, row.case_id)
            assert case is not None and case.snapshot
            doc = document_from_snapshot(case.snapshot, logo, layout)
            result.append(_Issued(row.id, case.id, row.order_id, row.action, pool.submit(doc)))
        return result


def process_run(
    db: Database,
    actor: Actor,
    run_id: int,
    *,
    pool: RenderPool | None = None,
    progress: Progress | None = None,
    cancel: Cancellation | None = None,
    chunk_size: int = 20,
    force: bool = False,
) -> RunSummary:
    """Process (or resume) a run: every *Not done* row ends *Processed*, *Failed* or *Skipped*.

    Cancelling stops after the chunks in flight are stored; the run is then *interrupted*
    and can be resumed. ``force`` takes over a run whose lease looks alive.
    """
    own_pool = pool is None
    pool = pool or RenderPool(0)
    owner = uuid.uuid4().hex
    _claim(db, run_id, owner, force)
    with db.read() as s:
        rows = BillingRunRow.run_id == run_id
        todo = deque(
            s.scalars(
                select(BillingRunRow.id)
                .where(rows, BillingRunRow.status == "not_done")
                .order_by(BillingRunRow.position)
            )
        )
        total = len(todo) + len(
            s.scalars(select(BillingRunRow.id).where(rows, BillingRunRow.status == "issued")).all()
        )
        orders = s.scalar(select(func.count()).where(rows, BillingRunRow.status != "excluded"))
        created = s.scalar(select(func.count()).where(rows, BillingRunRow.case_id.is_not(None)))
    done = 0
    in_flight: deque[list[_Issued]] = deque()
    try:
        resumed = _resume_issued(db, run_id, actor, pool)
        if resumed:
            in_flight.append(resumed)
        while todo or in_flight:
            stop = cancel is not None and cancel.cancelled
            if todo and not stop and len(in_flight) < 2:
                ids = [todo.popleft() for _ in range(min(chunk_size, len(todo)))]
                chunk = _issue_chunk(db, run_id, owner, ids, actor, pool)
                created = (created or 0) + len(chunk)
                done += len(ids) - len(chunk)
                in_flight.append(chunk)
                if len(in_flight) < 2:
                    continue
            if not in_flight:
                break
            finished = in_flight.popleft()
            _finish_chunk(db, run_id, owner, finished, actor, finished is resumed)
            done += len(finished)
            if progress is not None:
                progress(done, total, msg("{done} of {total} orders", done=done, total=total))
        _close(db, run_id, owner, "interrupted" if todo else "finished")
    except RunTakenOver:
        raise
    except Exception as exc:
        _close_quietly(db, run_id, owner)
        raise WorkInterrupted(
            "Billing run {run} stopped after {created} of {orders} invoices were created "
            "({reason}); resume it with `invoicedesk billing-run --resume {run}` or in "
            "Tools → Billing run.",
            run=run_id,
            created=created or 0,
            orders=orders or 0,
            reason=reason_of(exc),
        ) from exc
    except BaseException:
        _close_quietly(db, run_id, owner)
        raise
    finally:
        if own_pool:
            pool.close()
    return run_summary(db, run_id)


def _close_quietly(db: Database, run_id: int, owner: str) -> None:
    """Mark the run interrupted if the database still answers (its lease runs out anyway)."""
    try:
        _close(db, run_id, owner, "interrupted")
    except Exception:  # the database is gone: the error being raised says so
        log.warning("billing run %s could not be marked interrupted", run_id, exc_info=True)


def _close(db: Database, run_id: int, owner: str, status: str) -> None:
    with db.write() as s:
        run = s.get(BillingRun, run_id)
        if run is not None and run.owner == owner:
            left = s.scalar(
                select(BillingRunRow.id)
                .where(BillingRunRow.run_id == run_id, BillingRunRow.status == "issued")
                .limit(1)
            )
            run.status = "interrupted" if left is not None else status
            run.owner, run.heartbeat_at = None, None
            run.finished_at = utcnow() if run.status == "finished" else None


def today_of(run_rules: dict[str, object]) -> date:
    """The day a run was set up (its rules were evaluated on that day)."""
    value = run_rules.get("today")
    return date.fromisoformat(value) if isinstance(value, str) else date.today()

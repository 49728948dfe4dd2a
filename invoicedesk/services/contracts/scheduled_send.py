"""Timed work, the same on every workstation and on a headless server: issue the collective
invoices whose send date has come and queue their e-mails, run the daily status job, send the
outbox, read to the end the incoming cases whose reader stopped — and say when the next of
these falls due.

**Exactly once.** Each due collective invoice is issued in its own transaction that first
locks the case row and re-checks that it is still an unsent draft whose send date has come
(PostgreSQL: ``FOR UPDATE SKIP LOCKED``, so a second workstation skips the row instead of
waiting; SQLite: the ``BEGIN IMMEDIATE`` write transaction admits one writer at a time). The
number, the frozen PDF and the outbox row are written in that one transaction, so a case is
either issued with exactly one e-mail queued or not at all; the outbox dispatcher then sends
that e-mail exactly once (:mod:`invoicedesk.services.mail.dispatcher`).

Send dates are company days: a collective invoice falls due at ``send_time`` in the company's
time zone on its send date (:mod:`invoicedesk.services.contracts.collective_settings`). All due
times are
read from the database, so a restart, a sleeping laptop or a changed clock only delays the work
until the next check.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from invoicedesk.documents.intake.sandbox import SHARED as PARSER
from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.outbox import outbox_counts
from invoicedesk.services.cases.actions import record
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.cases.edit_marks import close_idle
from invoicedesk.services.contracts.collective import set_groups
from invoicedesk.services.contracts.collective_settings import CollectiveSettings, read_settings
from invoicedesk.services.incoming.leases import next_expiry
from invoicedesk.services.incoming.recovery import recover_stuck
from invoicedesk.services.mail.dispatcher import Dispatcher, DispatchStats, next_due_time
from invoicedesk.services.outgoing import mail_texts
from invoicedesk.services.outgoing.issuing import issue_case
from invoicedesk.services.outgoing.status_jobs import update_overdue
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.config import Setting
from invoicedesk.store.types import utcnow

log = logging.getLogger(__name__)
JOB_KEY = "jobs.overdue"
#: incoming cases whose reader stopped that one pass reads to the end (the next pass goes on)
RECOVER_PER_PASS = 50


@dataclass(frozen=True)
class Issued:
    """A collective invoice issued on its send date, with its queued e-mail."""

    case_id: int
    number: str
    outbox_id: int


@dataclass(frozen=True)
class Failure:
    """A collective invoice that could not be issued; its send date was cleared."""

    case_id: int
    party_name: str
    reason: str


@dataclass(frozen=True)
class NextSend:
    """The next moment collective invoices fall due, and how many."""

    at: datetime
    count: int


@dataclass
class PassReport:
    """What one scheduler pass did and what comes next (for the status bar and the CLI)."""

    issued: list[Issued] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    overdue: int = 0
    dispatch: DispatchStats = field(default_factory=DispatchStats)
    next_send: NextSend | None = None
    next_wakeup: datetime | None = None
    failures: int = 0
    error: str | None = None
    #: incoming cases whose reader had stopped, read to the end in this pass
    recovered: int = 0
    #: e-mails waiting for a usable mail server, and the most frequent reason (a hold code)
    held: int = 0
    held_reason: str | None = None


# --- collective invoices due ---------------------------------------------------------------


#: an unsent collective invoice: outgoing, kind collective, a draft without number
UNSENT = (
    Case.direction == Direction.OUT.value,
    Case.kind == CaseKind.COLLECTIVE.value,
    Case.status == OutStatus.DRAFT.value,
    Case.number.is_(None),
)


def due_case_ids(db: Database, now: datetime | None = None) -> list[int]:
    """Unsent collective invoices whose send date has come at ``now``."""
    with db.read() as s:
        last_day = read_settings(s).last_due_day(now or utcnow())
        return list(
            s.scalars(
                select(Case.id)
                .where(*UNSENT)
                .where(Case.send_date.is_not(None), Case.send_date <= last_day)
                .order_by(Case.send_date, Case.id)
            )
        )


def issue_due(db: Database, now: datetime | None = None) -> tuple[list[Issued], list[Failure]]:
    """Issue every due collective invoice and queue its e-mail, one transaction each."""
    moment = now or utcnow()
    issued: list[Issued] = []
    failed: list[Failure] = []
    for case_id in due_case_ids(db, moment):
        try:
            with db.write() as s:
                done = _issue_one(s, case_id, moment)
        except InvoiceDeskError as exc:
            failure = _record_failure(db, case_id, str(exc))
            if failure is not None:
                failed.append(failure)
            continue
        if done is not None:
            issued.append(done)
    return issued, failed


def _issue_one(s: Session, case_id: int, now: datetime) -> Issued | None:
    settings = read_settings(s)
    case = s.scalar(
        select(Case)
        .where(*UNSENT)
        .where(Case.id == case_id, Case.send_date <= settings.last_due_day(now))
        .with_for_update(skip_locked=True)
    )
    if case is None:
        return None  # issued by another workstation meanwhile, or being issued right now
    system = Actor.system()
    authorize(s, system, Action.SEND, case)
    set_groups(case)
    before = case.status
    issue_case(s, case, system, today=settings.today(now))
    case.status = OutStatus.ISSUED.value
    outbox_id = mail_texts.queue_document_mail(s, case, system, outbox_kind="collective")
    record(
        s, case, system, Action.SEND, before,
        msg("send date {day:%d.%m.%Y} reached", day=case.send_date),
    )  # fmt: skip
    s.flush()
    return Issued(case.id, case.number or "", outbox_id)


def _record_failure(db: Database, case_id: int, reason: str) -> Failure | None:
    """Keep the draft, clear its send date (so the login popup lists it) and say why."""
    with db.write() as s:
        case = s.scalar(select(Case).where(*UNSENT).where(Case.id == case_id).with_for_update())
        if case is None:
            return None
        text = msg("not sent on {day:%d.%m.%Y}: {reason}", day=case.send_date, reason=reason)
        case.error_message = text[:2000]
        case.send_date = None
        record(s, case, Actor.system(), "scheduled_send_failed", case.status, text)
        log.warning("collective invoice %s: %s", case_id, text)
        return Failure(case.id, case.party_name, reason)


def next_send(db: Database) -> NextSend | None:
    """The earliest send date of an unsent collective invoice, as a moment, with its count."""
    with db.read() as s:
        settings = read_settings(s)
        day = s.scalar(select(func.min(Case.send_date)).where(*UNSENT))
        if day is None:
            return None
        count = s.scalar(select(func.count()).where(*UNSENT).where(Case.send_date == day)) or 0
        return NextSend(settings.send_at(day), int(count))


# --- the daily status job ----------------------------------------------------------------------


def _job_day(s: Session) -> date | None:
    row = s.get(Setting, JOB_KEY)
    value = row.value if row is not None and isinstance(row.value, dict) else {}
    return date.fromisoformat(value["day"]) if value.get("day") else None


def run_status_jobs(db: Database, now: datetime | None = None) -> int:
    """Once per company day: sent, unpaid invoices past their due date become *Overdue*.
    Safe on several workstations at once (the job locks and re-checks each case)."""
    moment = now or utcnow()
    with db.read() as s:
        today = read_settings(s).today(moment)
        if _job_day(s) == today:
            return 0
    changed = update_overdue(db, today).changed
    with db.write() as s:
        insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
        value = {"day": today.isoformat()}
        s.execute(
            insert(Setting)
            .values(key=JOB_KEY, value=value, updated_at=utcnow())
            .on_conflict_do_update(index_elements=["key"], set_={"value": value})
        )
    return changed


def next_status_job(db: Database, now: datetime | None = None) -> datetime:
    """When the status job is due next: now if it has not run today, else next midnight."""
    moment = now or utcnow()
    with db.read() as s:
        settings = read_settings(s)
        today = settings.today(moment)
        if _job_day(s) != today:
            return moment
    return _midnight_after(settings, today)


def _midnight_after(settings: CollectiveSettings, day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0, 1), tzinfo=settings.zone)


# --- one pass and the next wake-up -------------------------------------------------------------


def next_wakeup(db: Database, now: datetime | None = None) -> datetime | None:
    """The earliest of: an outbox e-mail or lease falls due, a send date comes, the status job,
    the lease of an incoming case being read runs out."""
    moment = now or utcnow()
    stamps = [next_due_time(db), next_status_job(db, moment), next_expiry(db)]
    upcoming = next_send(db)
    if upcoming is not None:
        stamps.append(upcoming.at)
    return min(t for t in stamps if t is not None)


def failure_count(db: Database) -> int:
    """E-mails that failed or need review, plus collective invoices that could not be sent."""
    return mail_report(db).failures


def mail_report(db: Database) -> PassReport:
    """The report's counts of the outbox: failures (and collective invoices that could not be
    sent) and the e-mails held for a usable mail server."""
    with db.read() as s:
        counts = outbox_counts(s)
        stuck = s.scalar(select(func.count()).where(*UNSENT).where(Case.error_message.is_not(None)))
    failures = counts.failed + counts.needs_review + int(stuck or 0)
    return PassReport(failures=failures, held=counts.held, held_reason=counts.held_reason)


def recover_intake(db: Database) -> int:
    """Read to the end (in this process's parser pool) the incoming cases whose reader stopped;
    returns how many. A failure is logged and reported, never raised into the timed work."""
    try:
        return len(recover_stuck(db, PARSER.get, limit=RECOVER_PER_PASS))
    except InvoiceDeskError:
        raise
    except Exception as exc:  # the pool could not start (no memory, a broken install …)
        log.exception("stuck incoming cases could not be read again")
        raise InvoiceDeskError(
            "Stuck incoming cases could not be read again ({error}).", error=type(exc).__name__
        ) from exc


def run_pass(db: Database, dispatcher: Dispatcher, now: datetime | None = None) -> PassReport:
    """Issue due collective invoices, run the status job, send the outbox, read stuck incoming
    cases to the end; then report."""
    report = PassReport()
    try:
        report.issued, report.failed = issue_due(db, now)
        report.overdue = run_status_jobs(db, now)
        report.dispatch = dispatcher.run_once(now)
        report.error = report.dispatch.error
        if isinstance(dispatcher, TimedDispatcher) and dispatcher.last_report is not None:
            report.recovered = dispatcher.last_report.recovered
        else:
            report.recovered = recover_intake(db)
            close_idle(db, now)  # editing sessions whose editor was killed
        report.next_send = next_send(db)
        report.next_wakeup = next_wakeup(db, now)
        counts = mail_report(db)
        report.failures, report.held = counts.failures, counts.held
        report.held_reason = counts.held_reason
    except InvoiceDeskError as exc:
        report.error = str(exc)
    return report


class TimedDispatcher(Dispatcher):
    """The outbox dispatcher plus the timed work: every pass first issues the collective
    invoices that fell due and runs the status job; it sleeps until the next of all due times."""

    last_report: PassReport | None = None

    def run_once(self, now: datetime | None = None) -> DispatchStats:
        """Issue due collective invoices, run the status job, one outbox pass, then read stuck
        incoming cases to the end."""
        self.last_report = None
        issued, failed = issue_due(self.db, now)
        overdue = run_status_jobs(self.db, now)
        stats = super().run_once(now)
        report = PassReport(issued, failed, overdue, stats)
        try:
            report.recovered = recover_intake(self.db)
            close_idle(self.db, now)  # editing sessions whose editor was killed
        except InvoiceDeskError as exc:
            report.error = stats.error = stats.error or str(exc)
        self.last_report = report
        if issued or failed:
            log.info("collective invoices issued %d, not sent %d", len(issued), len(failed))
        if report.recovered:
            log.info("incoming cases read again after their reader stopped: %d", report.recovered)
        return stats

    def _sleep_time(self, interval: float) -> float:
        try:
            due = next_wakeup(self.db)
        except InvoiceDeskError:
            return interval
        if due is None:
            return interval
        return max(0.05, min(interval, (due - utcnow()).total_seconds() + 0.05))

"""A dunning run: each chosen row reminded (PDF, e-mail through the outbox), skipped, or its
dunning stopped - one transaction per row, so a run that is killed leaves every row done or not
done, and a second run (the same day, another workstation) finds nothing new to do.

The reminder itself is the workflow action *Remind customer* (:data:`Action.REMIND`): the
handler renders the reminder PDF, attaches it to the invoice, writes the
:class:`~invoicedesk.store.models.dunning.Reminder` row (unique per invoice and level) and, for
the e-mail channel, queues the e-mail with the PDF in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Literal, Protocol

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from invoicedesk.documents.pdf.reminder import render_reminder_pdf
from invoicedesk.domain.dunning import InterestPart
from invoicedesk.domain.errors import InvoiceDeskError, NotFound, ValidationError
from invoicedesk.domain.messages import Message, msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.outbox import enqueue, withdraw
from invoicedesk.services.cases.actions import (
    SPECIAL_HANDLERS,
    apply_action,
    load_for_update,
    record,
)
from invoicedesk.services.cases.attachments import attach
from invoicedesk.services.dunning.due import DueReminder, due_in_session
from invoicedesk.services.dunning.letter import reminder_letter, reminder_mail
from invoicedesk.services.dunning.settings import DunningSettings, get_dunning_settings
from invoicedesk.services.permissions import require_clerk
from invoicedesk.services.settings.company import get_company
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.dunning import DunningStop, Reminder
from invoicedesk.store.types import utcnow

Choice = Literal["email", "print", "skip", "stop"]
#: ``session.info`` key: ``{"channel", "day", "item"}`` for the REMIND action
REMIND_OPTIONS = "remind_options"
REMINDER_PDF = "reminder_pdf"
#: progress(done, total, text)
Progress = Callable[[int, int, str], None]


class Cancellation(Protocol):
    """Anything with a ``cancelled`` flag (the GUI's ``CancelToken``)."""

    @property
    def cancelled(self) -> bool:
        """Whether the clerk asked to stop."""
        ...


@dataclass(frozen=True)
class RowChoice:
    """What the clerk chose for one row; ``reason`` is required to stop the dunning."""

    case_id: int
    choice: Choice
    reason: str = ""


@dataclass(frozen=True)
class Outcome:
    """What became of one row: ``done`` (reminded), ``skipped``, ``stopped``, ``not_due``
    (paid, stopped or reminded elsewhere meanwhile) or ``failed`` with the reason."""

    case_id: int
    status: str
    reminder_id: int | None = None
    outbox_id: int | None = None
    message: Message | None = None


def remind_in_session(
    session: Session,
    case: Case,
    actor: Actor,
    item: DueReminder,
    channel: str,
    day: date,
    settings: DunningSettings,
) -> Reminder:
    """Write ``item``'s reminder for the locked ``case``: PDF, reminder row, e-mail."""
    letter = reminder_letter(session, case, item, settings, day)
    pdf = render_reminder_pdf(letter)
    filename = f"{letter.title} {item.number}.pdf".replace("/", "-")
    attachment = attach(session, case.id, filename, pdf, actor=actor, kind=REMINDER_PDF,
                        mime_type="application/pdf")  # fmt: skip
    outbox_id = None
    if channel == "email":
        if not item.email:
            raise ValidationError(
                "{customer} has no e-mail address; print the reminder instead.",
                customer=item.customer,
            )
        company = get_company(session)
        mail = reminder_mail(item, settings, company.name, day)
        # an earlier reminder still waiting for the mail server is superseded by this one
        withdraw(session, case.id, ["reminder"], "replaced by the next reminder")
        outbox_id = enqueue(
            session, case_id=case.id, kind="reminder", to=[item.email], cc=[],
            subject=mail.subject, body_text=mail.body,
            attachments=[(filename, "application/pdf", attachment.blob_sha256)],
            reply_to=company.reply_to,
        )  # fmt: skip
    row = Reminder(
        case_id=case.id, level=item.level, title=letter.title[:100], reminder_date=day,
        pay_by=letter.pay_by, days_overdue=item.days_overdue, open_amount=item.open_amount,
        fee=item.fee, earlier_fees=item.earlier_fees, interest=item.interest,
        interest_parts=[_part_json(p) for p in item.interest_parts], total=item.total,
        channel=channel, outbox_id=outbox_id, attachment_id=attachment.id,
        created_by_id=actor.user_id,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def _part_json(part: InterestPart) -> dict[str, str | int]:
    data = asdict(part)
    return {key: value if isinstance(value, int) else str(value) for key, value in data.items()}


def _remind(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """REMIND: the reminder due today (options from :func:`process_reminders`, or the
    customer's channel when the action is taken on its own)."""
    options = session.info.pop(REMIND_OPTIONS, None) or {}
    day = options.get("day") or date.today()
    settings = get_dunning_settings(session)
    item = options.get("item")
    if item is None:
        due = due_in_session(session, day, settings, [case.id])
        if not due:
            raise ValidationError("No reminder is due for {number} today.", number=case.number)
        item = due[0]
    reminder = remind_in_session(session, case, actor, item, options.get("channel") or
                                 item.channel, day, settings)  # fmt: skip
    session.info.setdefault("reminder_ids", {})[case.id] = reminder.id


def _comment(item: DueReminder, channel: str) -> Message:
    how = msg("by e-mail to {to}", to=item.email) if channel == "email" else msg("to print")
    return msg(
        "{title} (level {level}) {how}: open {open}, fees {fees}, interest {interest}, "
        "total {total}",
        title=item.title, level=item.level, how=how, open=item.open_amount,
        fees=item.fee + item.earlier_fees, interest=item.interest, total=item.total,
    )  # fmt: skip


def _remind_one(db: Database, actor: Actor, row: RowChoice, day: date) -> Outcome:
    with db.write() as s:
        case = load_for_update(s, row.case_id)
        if row.choice == "stop":
            stop_in_session(s, case, actor, row.reason)
            return Outcome(case.id, "stopped")
        due = due_in_session(s, day, get_dunning_settings(s), [case.id])
        if not due:
            return Outcome(case.id, "not_due", message=msg("paid, stopped or reminded meanwhile"))
        item = due[0]
        if item.problem:
            return Outcome(case.id, "failed", message=item.problem)
        s.info[REMIND_OPTIONS] = {"item": item, "channel": row.choice, "day": day}
        apply_action(s, case, actor, Action.REMIND, _comment(item, row.choice))
        reminder_id = s.info["reminder_ids"][case.id]
        outbox_id = s.scalar(select(Reminder.outbox_id).where(Reminder.id == reminder_id))
        return Outcome(case.id, "done", reminder_id, outbox_id)


def process_reminders(
    db: Database,
    actor: Actor,
    rows: Sequence[RowChoice],
    day: date | None = None,
    progress: Progress | None = None,
    cancel: Cancellation | None = None,
) -> list[Outcome]:
    """Remind, skip or stop each row, one transaction per row; a failing row fails alone.
    Cancelling stops before the next row (the rows done stay done)."""
    when = day or date.today()
    outcomes = []
    for done, row in enumerate(rows, start=1):
        if cancel is not None and cancel.cancelled:
            break
        if row.choice == "skip":
            outcome = Outcome(row.case_id, "skipped")
        else:
            try:
                outcome = _remind_one(db, actor, row, when)
            except IntegrityError:  # another workstation reminded it at the same moment
                outcome = Outcome(row.case_id, "not_due", message=msg("reminded elsewhere"))
            except InvoiceDeskError as exc:
                outcome = Outcome(row.case_id, "failed", message=exc.message)
        outcomes.append(outcome)
        if progress is not None:
            progress(done, len(rows), msg("{done} of {total} reminders", done=done,
                                          total=len(rows)))  # fmt: skip
    return outcomes


# --- stopping the dunning of a case -------------------------------------------------------


def stop_in_session(session: Session, case: Case, actor: Actor, reason: str) -> None:
    """Stop reminding ``case`` (a dispute ...); the reason goes to the history."""
    require_clerk(session, actor, msg("Stopping the dunning"))
    if not reason.strip():
        raise ValidationError("Say why the dunning of this case stops (e.g. a dispute).")
    if session.get(DunningStop, case.id) is not None:
        return
    session.add(DunningStop(case_id=case.id, reason=reason.strip(), created_at=utcnow(),
                            created_by_id=actor.user_id))  # fmt: skip
    record(session, case, actor, "dunning_stopped", case.status,
           msg("dunning stopped: {reason}", reason=reason.strip()))  # fmt: skip


def stop_dunning(db: Database, actor: Actor, case_id: int, reason: str) -> None:
    """Stop reminding one case (its own transaction)."""
    with db.write() as s:
        stop_in_session(s, load_for_update(s, case_id), actor, reason)


def resume_dunning(db: Database, actor: Actor, case_id: int) -> None:
    """Remind the case again from its next level on."""
    with db.write() as s:
        require_clerk(s, actor, msg("Resuming the dunning"))
        case = load_for_update(s, case_id)
        gone = s.execute(delete(DunningStop).where(DunningStop.case_id == case.id))
        if not gone.rowcount:  # type: ignore[attr-defined]
            raise NotFound("The dunning of {number} is not stopped.", number=case.number)
        record(s, case, actor, "dunning_resumed", case.status, msg("dunning resumed"))


def register_handlers() -> None:
    """Put REMIND into ``SPECIAL_HANDLERS``."""
    SPECIAL_HANDLERS[Action.REMIND] = _remind

"""*Delete draft*: a draft that never got a number leaves the desk; its history stays.

A draft has no number yet, so deleting it leaves no gap in any number series. The case row is
kept with the status *Deleted* (out of the active table, still found with ``cases list --all``)
so that the history log keeps who created and who deleted it - the status history is
append-only. What pointed at the draft lets go of it: the contract invoices merged into a
collective draft are pending again, an order linked to it can be invoiced again, and an
e-mail queued for it (an order notice) is withdrawn.
"""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import OutStatus
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.outbox import withdraw
from invoicedesk.services.cases.actions import SPECIAL_HANDLERS
from invoicedesk.services.cases.edit_marks import close_marks
from invoicedesk.services.outgoing.drafts import refuse_if_issued
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.orders import OrderInvoice
from invoicedesk.store.models.outbox import PURPOSES


def _delete_draft(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """DELETE_DRAFT: release what points at the draft, then mark it deleted."""
    refuse_if_issued(case)
    close_marks(session, case)  # the draft's open editing sessions end here (edit marks)
    session.execute(
        update(ContractInvoice)
        .where(ContractInvoice.collective_case_id == case.id)
        .values(status="pending", collective_case_id=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(delete(OrderInvoice).where(OrderInvoice.case_id == case.id))
    withdraw(session, case.id, set(PURPOSES.values()), "the draft was deleted")
    case.send_date = None
    case.status = OutStatus.DELETED.value


def register_handlers() -> None:
    """Put DELETE_DRAFT into ``SPECIAL_HANDLERS``."""
    SPECIAL_HANDLERS[Action.DELETE_DRAFT] = _delete_draft

"""Long work that stops part-way says exactly what it committed.

A billing run, a merge or an intake commits its work in many transactions. When one of them
fails — the database connection drops, the server restarts — the error of that transaction
("… Nothing was changed.") is true for that transaction only, not for the work: part of it is
committed. The long jobs catch such an error and raise :class:`WorkInterrupted` instead, with
the counts of what was committed and how to go on ("80 of 366 invoices created; resume with
…"), and the reason of the failure without its "nothing was changed".
"""

from __future__ import annotations

from sqlalchemy.exc import InterfaceError, OperationalError

from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.messages import Message, msg
from invoicedesk.store.database import DatabaseUnavailable


class WorkInterrupted(InvoiceDeskError):
    """Long work stopped part-way; the message says what was committed and how to go on."""


def stops_the_work(exc: BaseException) -> bool:
    """Whether ``exc`` means the database is out of reach, so that going on with the next item
    is pointless (anything else fails the one item)."""
    return isinstance(exc, DatabaseUnavailable | OperationalError | InterfaceError)


def reason_of(exc: BaseException) -> Message:
    """Why the work stopped, as a translatable clause (without "Nothing was changed")."""
    if isinstance(exc, DatabaseUnavailable):
        return msg("the database did not answer ({text})", text=exc.message.params.get("text", ""))
    if isinstance(exc, OperationalError | InterfaceError):
        first = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else ""
        return msg("the database did not answer ({text})", text=first or type(exc).__name__)
    if isinstance(exc, InvoiceDeskError):
        return exc.message
    return msg("an unexpected error ({error})", error=type(exc).__name__)

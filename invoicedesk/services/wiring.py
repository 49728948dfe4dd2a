"""Wire the services together once per process, before any case action runs.

Actions that do more than change a status (issuing, sending, credit notes, the booking export
...) register their handlers in :data:`invoicedesk.services.cases.actions.SPECIAL_HANDLERS`
here, in one place, and the immutability guard for issued invoices is installed on every ORM
session. The composition root (GUI and command line) and the test suite call :func:`install`;
calling it again is harmless.
"""

from __future__ import annotations

from invoicedesk.services.cases.actions import load_handlers_on_first_use
from invoicedesk.services.outgoing.drafts import install_flush_guard


def install() -> None:
    """Install the guard now and register every service handler before the first action
    (idempotent): the handlers' modules are imported only when an action needs them."""
    install_flush_guard()
    load_handlers_on_first_use(register_handlers)


def register_handlers() -> None:
    """Import the services with special action handlers and register them (idempotent)."""
    from invoicedesk.services.dunning import process as dunning
    from invoicedesk.services.incoming import booking_export
    from invoicedesk.services.outgoing import credit_notes, draft_delete, issuing, settlement
    from invoicedesk.services.payments import recording

    issuing.register_handlers()
    credit_notes.register_handlers()
    draft_delete.register_handlers()
    settlement.register_handlers()
    dunning.register_handlers()
    booking_export.register_handlers()
    recording.register_handlers()

"""Wire the services together once per process, before any case action runs.

Actions that do more than change a status (issuing, sending, credit notes ...) register
their handlers in :data:`invoicedesk.services.case_actions.SPECIAL_HANDLERS`, and the
immutability guard for issued invoices is installed on every ORM session. The composition
root (GUI and command line) and the test suite call :func:`install`; calling it again is
harmless.
"""

from __future__ import annotations

from invoicedesk.services import booking_export
from invoicedesk.services.outgoing import register_outgoing_handlers


def install() -> None:
    """Register every service handler and guard (idempotent)."""
    register_outgoing_handlers()
    booking_export.register_handlers()

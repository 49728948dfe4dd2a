"""Exceptions raised by the core, each with a message a clerk can read."""

from __future__ import annotations


class InvoiceDeskError(Exception):
    """Base class: ``str(exc)`` is one clear sentence for the user."""


class ActionRefused(InvoiceDeskError):
    """An action is not allowed for this user on this case now."""

    def __init__(self, action: str, reason: str) -> None:
        super().__init__(f"{action} is not possible: {reason}")
        self.action = action
        self.reason = reason


class ConflictError(InvoiceDeskError):
    """The case was changed by somebody else since it was loaded."""

    def __init__(self, case_id: int, changed_by: str | None, changed_at: str | None) -> None:
        who = changed_by or "another user"
        when = f" at {changed_at}" if changed_at else ""
        super().__init__(
            f"Case {case_id} was changed by {who}{when} after you opened it; "
            "reload it to see the changes."
        )
        self.case_id = case_id
        self.changed_by = changed_by
        self.changed_at = changed_at


class NotFound(InvoiceDeskError):
    """A requested record does not exist."""


class ValidationError(InvoiceDeskError):
    """Input data is wrong (an amount, an e-mail address, a VAT ID, ...)."""


class ImmutableError(InvoiceDeskError):
    """Somebody tried to change an issued invoice."""


class ConfigurationError(InvoiceDeskError):
    """The settings or the environment do not allow the requested operation."""

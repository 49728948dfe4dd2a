"""Exceptions raised by the core, each with a message a clerk can read.

Every message is a translatable :class:`~invoicedesk.domain.messages.Message`: pass the English
template as a string literal and the values as keywords
(``ValidationError("Line {i} has no description.", i=3)``); ``str(exc)`` is the English sentence,
``exc.message`` keeps template and values for the GUI's translation.
"""

from __future__ import annotations

from typing import Any

from invoicedesk.domain.messages import Message, as_message


class InvoiceDeskError(Exception):
    """Base class: ``str(exc)`` is one clear sentence for the user."""

    message: Message

    def __init__(self, text: str = "", /, **params: Any) -> None:
        self.message = as_message(text, **params)
        super().__init__(self.message)


class ActionRefused(InvoiceDeskError):
    """An action is not allowed for this user on this case now."""

    def __init__(self, action: str, reason: str) -> None:
        # both parts are translatable too: a core label (action) or a message (reason)
        self.action = as_message(action)
        self.reason = as_message(reason)
        super().__init__(
            "{action} is not possible: {reason}", action=self.action, reason=self.reason
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with both arguments (the base class would pass only the sentence)."""
        return (type(self), (self.action, self.reason))


class ConflictError(InvoiceDeskError):
    """The case was changed by somebody else since it was loaded."""

    def __init__(self, case_id: int, changed_by: str | None, changed_at: str | None) -> None:
        if changed_by and changed_at:
            super().__init__(
                "Case {case_id} was changed by {user} at {time} after you opened it; "
                "reload it to see the changes.",
                case_id=case_id,
                user=changed_by,
                time=changed_at,
            )
        elif changed_by:
            super().__init__(
                "Case {case_id} was changed by {user} after you opened it; "
                "reload it to see the changes.",
                case_id=case_id,
                user=changed_by,
            )
        else:
            super().__init__(
                "Case {case_id} was changed by another user after you opened it; "
                "reload it to see the changes.",
                case_id=case_id,
            )
        self.case_id = case_id
        self.changed_by = changed_by
        self.changed_at = changed_at

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the three arguments."""
        return (type(self), (self.case_id, self.changed_by, self.changed_at))


class NotFound(InvoiceDeskError):
    """A requested record does not exist."""


class ValidationError(InvoiceDeskError):
    """Input data is wrong (an amount, an e-mail address, a VAT ID, ...)."""


class ImmutableError(InvoiceDeskError):
    """Somebody tried to change an issued invoice."""


class ConfigurationError(InvoiceDeskError):
    """The settings or the environment do not allow the requested operation."""

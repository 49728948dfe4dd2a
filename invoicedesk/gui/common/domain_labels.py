"""Translations of the labels the core defines in English (statuses, next steps, actions,
shipped preset names, payment states): the core imports no Qt, so the texts are listed here
for pyside6-lupdate and translated where the GUI shows them.

``tests/unit/test_translations.py`` fails when the core gains a label missing from
:data:`LABELS`.
"""

from __future__ import annotations

from invoicedesk.domain.enums import PENDING_LABELS, status_label
from invoicedesk.domain.workflow import ACTION_LABELS, Action
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, cached_translate

LABELS = (
    QT_TRANSLATE_NOOP("Domain", "Draft"),
    QT_TRANSLATE_NOOP("Domain", "Issued"),
    QT_TRANSLATE_NOOP("Domain", "Sent"),
    QT_TRANSLATE_NOOP("Domain", "Overdue"),
    QT_TRANSLATE_NOOP("Domain", "Send failed"),
    QT_TRANSLATE_NOOP("Domain", "Paid"),
    QT_TRANSLATE_NOOP("Domain", "Completed"),
    QT_TRANSLATE_NOOP("Domain", "Canceled"),
    QT_TRANSLATE_NOOP("Domain", "Settled"),
    QT_TRANSLATE_NOOP("Domain", "Deleted"),
    QT_TRANSLATE_NOOP("Domain", "Uploading"),
    QT_TRANSLATE_NOOP("Domain", "Processing"),
    QT_TRANSLATE_NOOP("Domain", "Ready"),
    QT_TRANSLATE_NOOP("Domain", "Edited"),
    QT_TRANSLATE_NOOP("Domain", "Checked"),
    QT_TRANSLATE_NOOP("Domain", "Approved"),
    QT_TRANSLATE_NOOP("Domain", "Booked"),
    QT_TRANSLATE_NOOP("Domain", "Error"),
    QT_TRANSLATE_NOOP("Domain", "Archived"),
    QT_TRANSLATE_NOOP("Domain", "Complete draft"),
    QT_TRANSLATE_NOOP("Domain", "Send"),
    QT_TRANSLATE_NOOP("Domain", "Sending…"),
    QT_TRANSLATE_NOOP("Domain", "Fix and resend"),
    QT_TRANSLATE_NOOP("Domain", "Await payment"),
    QT_TRANSLATE_NOOP("Domain", "Remind customer"),
    QT_TRANSLATE_NOOP("Domain", "Refund or offset"),
    QT_TRANSLATE_NOOP("Domain", "Deliver"),
    QT_TRANSLATE_NOOP("Domain", "Book"),
    QT_TRANSLATE_NOOP("Domain", "Processing…"),
    QT_TRANSLATE_NOOP("Domain", "Complete data"),
    QT_TRANSLATE_NOOP("Domain", "Review"),
    QT_TRANSLATE_NOOP("Domain", "Approve"),
    QT_TRANSLATE_NOOP("Domain", "Export to booking"),
    QT_TRANSLATE_NOOP("Domain", "Archive"),
    QT_TRANSLATE_NOOP("Domain", "Read again"),
    QT_TRANSLATE_NOOP("Domain", "Edit draft"),
    QT_TRANSLATE_NOOP("Domain", "Create only"),
    QT_TRANSLATE_NOOP("Domain", "Print"),
    QT_TRANSLATE_NOOP("Domain", "Resend"),
    QT_TRANSLATE_NOOP("Domain", "Mark paid"),
    QT_TRANSLATE_NOOP("Domain", "Mark not paid"),
    QT_TRANSLATE_NOOP("Domain", "Paid POS"),
    QT_TRANSLATE_NOOP("Domain", "Delivered"),
    QT_TRANSLATE_NOOP("Domain", "Not delivered"),
    QT_TRANSLATE_NOOP("Domain", "Not booked"),
    QT_TRANSLATE_NOOP("Domain", "Cancel"),
    QT_TRANSLATE_NOOP("Domain", "Notify customer"),
    QT_TRANSLATE_NOOP("Domain", "Delete draft"),
    QT_TRANSLATE_NOOP("Domain", "Settle credit note"),
    QT_TRANSLATE_NOOP("Domain", "Edit"),
    QT_TRANSLATE_NOOP("Domain", "Finish editing"),
    QT_TRANSLATE_NOOP("Domain", "Check"),
    QT_TRANSLATE_NOOP("Domain", "Reject"),
    QT_TRANSLATE_NOOP("Domain", "Sent (mail server accepted)"),
    QT_TRANSLATE_NOOP("Domain", "Sending failed"),
    QT_TRANSLATE_NOOP("Domain", "Read-out done"),
    QT_TRANSLATE_NOOP("Domain", "My open cases"),
    QT_TRANSLATE_NOOP("Domain", "Bookable"),
    QT_TRANSLATE_NOOP("Domain", "Needs my review"),
    QT_TRANSLATE_NOOP("Domain", "Awaiting my approval"),
    QT_TRANSLATE_NOOP("Domain", "Unsent collective invoices"),
    QT_TRANSLATE_NOOP("Domain", "Unpaid"),
    QT_TRANSLATE_NOOP("Domain", "Partial"),
    QT_TRANSLATE_NOOP("Domain", "Credit"),
)


#: role names in the ``Roles`` context (role code -> English label)
ROLE_LABELS = {
    "clerk": QT_TRANSLATE_NOOP("Roles", "Clerk"),
    "reviewer": QT_TRANSLATE_NOOP("Roles", "Reviewer"),
    "approver": QT_TRANSLATE_NOOP("Roles", "Approver"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_text(role: str) -> str:
    """The translated name of a role code (unknown codes unchanged)."""
    return cached_translate("Roles", ROLE_LABELS[role]) if role in ROLE_LABELS else role


def label(text: str) -> str:
    """A core label in the UI language (unknown texts unchanged)."""
    return cached_translate("Domain", text)


def status_text(status: str) -> str:
    """The translated label of a status code."""
    return label(status_label(status))


def pending_text(code: str) -> str:
    """The translated label of a next-step code."""
    return label(PENDING_LABELS.get(code, code))


def action_text(action: Action) -> str:
    """The translated label of an action."""
    return label(ACTION_LABELS[action])

"""Translations of the labels the order and billing services define in English (order
stages, invoice deliveries, billing actions, close-date periods, invoice date rules, billing
run row states): the core imports no Qt, so the texts are listed here for pyside6-lupdate and
translated where the GUI shows them (:func:`commerce_label`).

``tests/gui/test_orders_view.py`` checks that every label of those tables is listed.
"""

from __future__ import annotations

from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, cached_translate

LABELS = (
    # services.orders.STAGE_LABELS
    QT_TRANSLATE_NOOP("CommerceLabels", "Open"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Won / closed"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Canceled"),
    # services.orders.DELIVERY_LABELS, services.billing_rules.ACTIONS
    QT_TRANSLATE_NOOP("CommerceLabels", "Email"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Print"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Create only"),
    QT_TRANSLATE_NOOP("CommerceLabels", "As the customer prefers"),
    # services.billing_rules.PERIODS
    QT_TRANSLATE_NOOP("CommerceLabels", "Closed last month"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Closed this month"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Any close date"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Closed between …"),
    # services.billing_rules.DATE_RULES
    QT_TRANSLATE_NOOP("CommerceLabels", "Day of the run"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Last day of the previous month"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Close date of each order"),
    # services.billing_runs.ROW_STATUS_LABELS
    QT_TRANSLATE_NOOP("CommerceLabels", "Not done"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Rendering…"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Processed"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Failed"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Skipped"),
    QT_TRANSLATE_NOOP("CommerceLabels", "Excluded"),
    # services.billing.scenarios.DEFAULTS: the shipped scenarios' names and descriptions
    QT_TRANSLATE_NOOP("CommerceLabels", "Closed orders last month"),
    QT_TRANSLATE_NOOP(
        "CommerceLabels", "Won orders closed in the previous month and approved for invoicing."
    ),
    QT_TRANSLATE_NOOP("CommerceLabels", "All approved won orders"),
    QT_TRANSLATE_NOOP(
        "CommerceLabels", "Every won order approved for invoicing that has no invoice yet."
    ),
)


def commerce_label(text: str) -> str:
    """A label of the order/billing services in the UI language (unknown texts unchanged)."""
    return cached_translate("CommerceLabels", text)

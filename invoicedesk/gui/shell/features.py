"""The features of the desk, in the order their menu entries appear.

Each entry is a feature's ``install(window)`` (see :mod:`invoicedesk.gui.desk.extensions`). A new
feature is a new package under ``invoicedesk/gui/`` with an ``install`` function, added here.
The installers come from each feature's light ``entries`` module: they add menu entries, toolbar
actions, shortcuts and action hooks, and import the feature's windows, dialogs and services on
first use (``tests/gui/test_lazy_features.py`` guards that the desk starts without them).
"""

from __future__ import annotations

from invoicedesk.gui.billing.entries import install as install_billing
from invoicedesk.gui.common.opener import Opener, open_with_system
from invoicedesk.gui.contracts.entries import install as install_contracts
from invoicedesk.gui.desk.extensions import Installer
from invoicedesk.gui.desk.main_window import MainWindow
from invoicedesk.gui.dunning.entries import install as install_dunning
from invoicedesk.gui.incoming.entries import install_booking, install_intake
from invoicedesk.gui.orders.menu import install as install_orders
from invoicedesk.gui.outgoing.entries import install as install_outgoing
from invoicedesk.gui.payments.entries import install as install_payments
from invoicedesk.gui.settings.entries import install as install_settings
from invoicedesk.services.settings.users import UserInfo
from invoicedesk.store.database import Database

FEATURES: tuple[Installer, ...] = (
    install_intake,
    install_booking,
    install_settings,
    install_outgoing,
    install_contracts,
    install_billing,
    install_dunning,
    install_orders,
    install_payments,
)


def desk_window(
    db: Database, user: UserInfo, opener: Opener = open_with_system, poll: bool = True
) -> MainWindow:
    """The main window of ``user`` with every feature installed."""
    return MainWindow(db, user, opener=opener, poll=poll, installers=FEATURES)

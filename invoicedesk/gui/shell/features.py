"""The features of the desk, in the order their menu entries appear.

Each entry is a feature's ``install(window)`` (see :mod:`invoicedesk.gui.desk.extensions`). A new
feature is a new package under ``invoicedesk/gui/`` with an ``install`` function, added here.
"""

from __future__ import annotations

from invoicedesk.gui.billing.wizard import install as install_billing
from invoicedesk.gui.common.opener import Opener, open_with_system
from invoicedesk.gui.contracts.menu import install as install_contracts
from invoicedesk.gui.desk.extensions import Installer
from invoicedesk.gui.desk.main_window import MainWindow
from invoicedesk.gui.dunning.menu import install as install_dunning
from invoicedesk.gui.incoming.booking import install as install_booking
from invoicedesk.gui.incoming.intake import install as install_intake
from invoicedesk.gui.orders.menu import install as install_orders
from invoicedesk.gui.outgoing.menu import install as install_outgoing
from invoicedesk.gui.settings.dialog import install as install_settings
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
)


def desk_window(
    db: Database, user: UserInfo, opener: Opener = open_with_system, poll: bool = True
) -> MainWindow:
    """The main window of ``user`` with every feature installed."""
    return MainWindow(db, user, opener=opener, poll=poll, installers=FEATURES)

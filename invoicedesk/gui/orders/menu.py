"""Tools → Articles…, Sales orders…, Shop connections…: the windows of the order business.

Each window is opened once and raised again when its menu entry is chosen twice. An import
from a shop reloads an open orders list; the orders list opens invoice cases in the desk.
The windows' modules are imported when a window is first opened, not when the desk starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.opener import open_with_system
from invoicedesk.gui.desk.extensions import DeskWindow

if TYPE_CHECKING:
    from invoicedesk.gui.orders.articles_view import ArticlesView
    from invoicedesk.gui.orders.orders_view import OrdersView
    from invoicedesk.gui.orders.shop_view import ShopView


class CommerceWindows:
    """The three windows of one main window (created on first use)."""

    def __init__(self, window: DeskWindow) -> None:
        self.window = window
        self.articles: ArticlesView | None = None
        self.orders: OrdersView | None = None
        self.shops: ShopView | None = None

    @staticmethod
    def _raise(view: QWidget) -> None:
        if view.isVisible():  # already open behind other windows: bring it forward
            view.raise_()
        view.show()
        view.activateWindow()

    def open_articles(self) -> ArticlesView:
        """Show the articles list."""
        if self.articles is None:
            from invoicedesk.gui.orders.articles_view import ArticlesView

            self.articles = ArticlesView(self.window.db, self.window.actor, self.window)
        else:
            self.articles.reload()
        self._raise(self.articles)
        return self.articles

    def open_orders(self) -> OrdersView:
        """Show the sales orders list."""
        if self.orders is None:
            from invoicedesk.gui.orders.orders_view import OrdersView

            window = self.window
            opener = getattr(window.detail, "opener", open_with_system)
            self.orders = OrdersView(window.db, window.actor, opener, window.show_case, window)
        else:
            self.orders.model.reload()
        self._raise(self.orders)
        return self.orders

    def open_shops(self) -> ShopView:
        """Show the shop connections."""
        if self.shops is None:
            from invoicedesk.gui.orders.shop_view import ShopView

            self.shops = ShopView(self.window.db, self.window)
            self.shops.imported.connect(lambda _r: self._after_import())
        self._raise(self.shops)
        return self.shops

    def _after_import(self) -> None:
        if self.orders is not None:
            self.orders.model.reload()
        if self.articles is not None:
            self.articles.reload()


def install(window: DeskWindow) -> None:
    """Add the three entries to the Tools menu."""
    windows = CommerceWindows(window)
    window.commerce = windows  # type: ignore[attr-defined]
    menu = window.tools_menu
    menu.addSeparator()
    menu.addAction(translate("CommerceMenu", "Articles…")).triggered.connect(
        lambda: windows.open_articles()
    )
    menu.addAction(translate("CommerceMenu", "Sales orders…")).triggered.connect(
        lambda: windows.open_orders()
    )
    menu.addAction(translate("CommerceMenu", "Shop connections…")).triggered.connect(
        lambda: windows.open_shops()
    )

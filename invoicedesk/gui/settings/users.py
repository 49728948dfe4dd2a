"""Settings page *Users and roles* (admins): the user list, a new user, roles, limit, active.

Each change is saved at once through the services (one transaction each), not with the
dialog's *Save*: a new user can log in immediately.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.enums import Role
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.domain_labels import ROLE_LABELS
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.settings.pages import SettingsPage
from invoicedesk.services.settings.user_admin import update_user
from invoicedesk.services.settings.users import UserInfo, add_user, list_users
from invoicedesk.store.database import Database


class UserDialog(QDialog):
    """New user (login, name, initials, password) or an existing user's roles and limit."""

    def __init__(self, user: UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("UsersPage", "New user")
            if user is None
            else translate("UsersPage", "User {login}").format(login=user.login)
        )
        self.login = QLineEdit(user.login if user else "")
        self.login.setObjectName("userLogin")
        self.login.setEnabled(user is None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.full_name.setObjectName("userName")
        self.full_name.setEnabled(user is None)
        self.initials = QLineEdit(user.initials if user else "")
        self.initials.setObjectName("userInitials")
        self.initials.setEnabled(user is None)
        self.password = QLineEdit()
        self.password.setObjectName("userPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if user is not None:
            self.password.setPlaceholderText(translate("UsersPage", "(unchanged)"))
        self.roles = {r.value: QCheckBox(translate("Roles", ROLE_LABELS[r.value])) for r in Role}
        for code, box in self.roles.items():
            box.setObjectName(f"role_{code}")
            box.setChecked(code in (user.roles if user else ("clerk",)))
        self.limit = QDoubleSpinBox()
        self.limit.setObjectName("userLimit")
        self.limit.setRange(0, 10_000_000)
        self.limit.setDecimals(2)
        self.limit.setSuffix(" EUR")
        self.limit.setValue(float(user.approval_limit) if user else 0.0)
        self.active = QCheckBox(translate("UsersPage", "may log in"))
        self.active.setObjectName("userActive")
        self.active.setChecked(user.active if user else True)
        roles_row = QHBoxLayout()
        for box in self.roles.values():
            roles_row.addWidget(box)
        form = QFormLayout()
        form.addRow(translate("UsersPage", "Login name"), self.login)
        form.addRow(translate("UsersPage", "Full name"), self.full_name)
        form.addRow(translate("UsersPage", "Initials"), self.initials)
        form.addRow(translate("UsersPage", "Password"), self.password)
        form.addRow(translate("UsersPage", "Roles"), roles_row)
        form.addRow(translate("UsersPage", "Approval limit"), self.limit)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_roles(self) -> list[str]:
        """The ticked roles."""
        return [code for code, box in self.roles.items() if box.isChecked()]


class UsersPage(SettingsPage):
    """The users and their roles."""

    object_name = "usersPage"
    COLUMNS = ("Login", "Name", "Initials", "Roles", "Approval limit", "Active")

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.users: list[UserInfo] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([
            translate("UsersPage", "Login"), translate("UsersPage", "Name"),
            translate("UsersPage", "Initials"), translate("UsersPage", "Roles"),
            translate("UsersPage", "Approval limit"), translate("UsersPage", "Active"),
        ])  # fmt: skip
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        add = QPushButton(translate("UsersPage", "Add user…"))
        add.setObjectName("addUser")
        add.clicked.connect(self.add_user)
        edit = QPushButton(translate("UsersPage", "Change…"))
        edit.setObjectName("editUser")
        edit.clicked.connect(self.edit_user)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        note = QLabel(translate("UsersPage", "Changes to users are saved at once."))
        note.setStyleSheet("color: #6b7280;")
        layout.addWidget(note)

    def title(self) -> str:
        return translate("UsersPage", "Users and roles")

    def load(self) -> None:
        run_task(list_users, self.db, on_done=self._show, owner=self)

    def _show(self, users: list[UserInfo]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            roles = ", ".join(translate("Roles", ROLE_LABELS[r]) for r in user.roles
                              if r in ROLE_LABELS)  # fmt: skip
            active = translate("UsersPage", "yes") if user.active else translate("UsersPage", "no")
            limit = QLocale().toString(float(user.approval_limit), "f", 2)
            values = (user.login, user.full_name, user.initials, roles, limit, active)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.loaded_now()

    def add_user(self) -> None:
        """Ask for a new user and create it."""
        dialog = UserDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_task(
            add_user, self.db, dialog.login.text(), full_name=dialog.full_name.text(),
            initials=dialog.initials.text(), roles=dialog.chosen_roles(),
            password=dialog.password.text(), approval_limit=Decimal(str(dialog.limit.value())),
            actor=self.actor, on_done=lambda _u: self.load(), on_error=self._failed, owner=self,
        )  # fmt: skip

    def edit_user(self) -> None:
        """Change the selected user's roles, limit, active flag or password."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.users):
            return
        dialog = UserDialog(self.users[row], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_task(
            update_user, self.db, self.actor, self.users[row].id, roles=dialog.chosen_roles(),
            approval_limit=Decimal(str(dialog.limit.value())), active=dialog.active.isChecked(),
            password=dialog.password.text() or None,
            on_done=lambda _u: self.load(), on_error=self._failed, owner=self,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        dialogs.show_error(self, translate("UsersPage", "User not saved"), dialogs.error_text(exc))

"""First start on an empty database: set up the company, or fill everything with demo data.

The database counts as new while it has no user. :func:`complete_first_start` stores the
company, number formats and mail server in one transaction and then creates the first admin;
validation happens before anything is written, so a refused entry loses nothing and the
wizard can simply be sent again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.parties import normalize_iban
from invoicedesk.mail.settings import SmtpSettings
from invoicedesk.services.settings.company import (
    CompanySettings,
    log_company_change,
    put_company,
    set_logo,
)
from invoicedesk.services.settings.mail_server import put_mail_server, store_smtp_password
from invoicedesk.services.settings.registry import SeriesInfo, preview_number, put_series
from invoicedesk.services.settings.users import UserInfo, add_user, user_count
from invoicedesk.store.database import Database

#: cases the demo data of a trial installation has
DEMO_CASES = 300


@dataclass(frozen=True)
class AdminAccount:
    """The first user; gets every role."""

    login: str
    full_name: str
    initials: str
    password: str
    email: str | None = None

    def validated(self) -> AdminAccount:
        """Check the fields as :func:`add_user` will; raises ``ValidationError``."""
        if not self.login.strip() or len(self.login.strip()) > 64:
            raise ValidationError("The login name must be 1 to 64 characters long.")
        if not 1 <= len(self.initials.strip()) <= 8:
            raise ValidationError("The initials must be 1 to 8 characters long.")
        if len(self.password) < 8:
            raise ValidationError("The password must have at least 8 characters.")
        return self


@dataclass(frozen=True)
class FirstStartData:
    """Everything the first-start wizard collects."""

    company: CompanySettings
    admin: AdminAccount
    series: list[SeriesInfo] = field(default_factory=list)
    smtp: SmtpSettings | None = None
    smtp_password: str | None = None
    #: PNG or JPEG for the letterhead
    logo: bytes | None = None


@dataclass(frozen=True)
class FirstStartResult:
    """What was set up; ``password_note`` says when a password could not be stored."""

    admin: UserInfo
    password_note: str | None = None


def needs_first_start(db: Database) -> bool:
    """True while the database has no user (nobody could log in)."""
    return user_count(db) == 0


def complete_first_start(db: Database, data: FirstStartData) -> FirstStartResult:
    """Store company, number formats and mail server, then create the first admin."""
    if not needs_first_start(db):
        raise ValidationError("InvoiceDesk is already set up; change it in the settings.")
    company = data.company.validated()
    if company.iban:
        normalize_iban(company.iban)
    admin = data.admin.validated()
    for info in data.series:
        preview_number(info.pattern)
    if data.smtp is not None:
        data.smtp.sender_address  # noqa: B018 - raises a clear error when there is none
    with db.write() as s:
        stored = put_company(s, company)
        if data.logo:
            stored = set_logo(s, data.logo)
        log_company_change(s, None, None, stored)
        put_series(s, data.series)
        if data.smtp is not None:
            put_mail_server(s, None, data.smtp, bool(data.smtp.user and data.smtp_password))
    user = add_user(
        db, admin.login, full_name=admin.full_name, initials=admin.initials,
        roles=["admin", "clerk", "reviewer", "approver"], password=admin.password,
        approval_limit=Decimal("1000000"), email=admin.email,
    )  # fmt: skip
    note = store_smtp_password(data.smtp, data.smtp_password) if data.smtp else None
    return FirstStartResult(user, note)


def use_demo_data(
    db: Database, cases: int = DEMO_CASES, progress: Callable[[int, int], None] | None = None
) -> list[tuple[str, str, str]]:
    """Fill a new database with the demo company, users, cases, orders, contracts and
    collective invoices; returns (login, initials, password) of the demo users."""
    from invoicedesk.services.demo.setup import use_demo_data as fill

    return fill(db, cases, seed=1, progress=progress).users

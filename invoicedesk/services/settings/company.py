"""The company that issues the invoices: letterhead, tax and bank data, mail sender.

Kept as one JSON value under the key ``company`` in the ``settings`` table, read and written
through the :class:`CompanySettings` dataclass. Issuing copies it into each invoice's snapshot,
so later changes never alter an issued invoice.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.characters import check_printable
from invoicedesk.domain.errors import ConfigurationError, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.parties import normalize_email, normalize_iban, normalize_vat_id
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.services.permissions import require_admin
from invoicedesk.services.settings.admin_log import changes_between, log_change
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import Setting
from invoicedesk.store.models.documents import Blob
from invoicedesk.store.types import utcnow

SETTING_KEY = "company"


@dataclass(frozen=True)
class CompanySettings:
    """Seller data printed on every invoice (§14 UStG / EN 16931 BG-4) and mail defaults."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str = "DE"
    vat_id: str | None = None
    tax_number: str | None = None
    register_court: str | None = None
    register_number: str | None = None
    managing_director: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    iban: str | None = None
    bic: str | None = None
    bank_name: str | None = None
    #: SHA-256 of the logo image in the ``blobs`` table, if any
    logo_sha256: str | None = None
    #: payment terms for new drafts when the customer has none
    payment_terms_days: int = 14
    #: address the invoice mails come from and replies go to
    mail_from: str | None = None
    reply_to: str | None = None
    #: language of documents when a customer has none
    default_language: str = "de"
    #: small business under § 19 UStG: no VAT is charged or shown, the wording is printed
    small_business: bool = False

    def validated(self) -> CompanySettings:
        """A copy with VAT ID, IBAN and addresses normalised; raises ``ValidationError``."""
        if not self.name.strip():
            raise ValidationError("The company name must not be empty.")
        if not (self.vat_id or self.tax_number):
            raise ValidationError("The company needs a VAT ID or a tax number (§14 UStG).")
        if self.payment_terms_days < 0 or self.payment_terms_days > 365:
            raise ValidationError("Payment terms must be between 0 and 365 days.")
        for label, text in ((msg("Name"), self.name), (msg("Street"), self.street),
                            (msg("City"), self.city), (msg("Bank"), self.bank_name or "")):
            check_printable(text, field=label, multiline=False)  # printed on every page
        return replace(
            self,
            vat_id=normalize_vat_id(self.vat_id) if self.vat_id else None,
            iban=normalize_iban(self.iban) if self.iban else None,
            email=normalize_email(self.email) if self.email else None,
            mail_from=normalize_email(self.mail_from) if self.mail_from else None,
            reply_to=normalize_email(self.reply_to) if self.reply_to else None,
        )

    def to_json(self) -> dict[str, Any]:
        """The stored JSON form."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CompanySettings:
        """Read the stored form, ignoring keys of newer or older versions."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def demo_company() -> CompanySettings:
    """The company used by demo data and tests (valid German VAT ID and IBAN)."""
    return CompanySettings(
        name="Autohaus Rheinblick GmbH",
        street="Rheinuferstraße 12",
        postal_code="47051",
        city="Duisburg",
        country="DE",
        vat_id="DE136695976",
        tax_number="134/5678/9012",
        register_court="Amtsgericht Duisburg",
        register_number="HRB 12345",
        managing_director="Anna Becker",
        email="rechnung@rheinblick.example.com",
        phone="+49 203 123456-0",
        website="www.rheinblick.example.com",
        iban="DE89370400440532013000",
        bic="COBADEFFXXX",
        bank_name="Commerzbank Duisburg",
        payment_terms_days=14,
        mail_from="rechnung@rheinblick.example.com",
        reply_to="buchhaltung@rheinblick.example.com",
    )


def get_company(session: Session) -> CompanySettings:
    """The stored company settings; raises ``ConfigurationError`` when none are set up."""
    row = session.get(Setting, SETTING_KEY)
    if row is None or not isinstance(row.value, dict):
        raise ConfigurationError(
            "The company data (name, address, VAT ID, bank) is not set up yet; "
            "enter it in the settings before issuing invoices."
        )
    return CompanySettings.from_json(row.value)


def seller_for_tax(session: Session) -> CompanySettings:
    """The company as the tax decision sees it; before it is set up, a German company
    without VAT ID (drafts can be written before the settings are complete)."""
    row = session.get(Setting, SETTING_KEY)
    if row is None or not isinstance(row.value, dict):
        return CompanySettings(name="", street="", postal_code="", city="")
    return CompanySettings.from_json(row.value)


def tax_seller(db: Database) -> CompanySettings:
    """:func:`seller_for_tax` in its own read (the draft editor's live tax decision)."""
    with db.read() as s:
        return seller_for_tax(s)


def put_company(session: Session, company: CompanySettings) -> CompanySettings:
    """Validate and store the company settings inside the caller's transaction."""
    clean = company.validated()
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=clean.to_json(), updated_at=utcnow()))
    else:
        row.value = clean.to_json()
        row.updated_at = utcnow()
    session.flush()
    return clean


def save_company(
    db: Database, actor: Actor, company: CompanySettings, logo: bytes | None = None
) -> CompanySettings:
    """Store the company settings and a new logo (admins only) in one transaction; the
    changed fields go to the admin log."""
    with db.write() as s:
        require_admin(s, actor, msg("Changing the company data"))
        before = _stored(s)
        clean = put_company(s, company)
        if logo:
            clean = set_logo(s, logo)
        log_company_change(s, actor, before, clean)
        return clean


def set_payment_terms(db: Database, actor: Actor, days: int) -> CompanySettings:
    """Change the default payment terms of new drafts (admins only), logged."""
    with db.write() as s:
        require_admin(s, actor, msg("Changing the company data"))
        before = get_company(s)
        clean = put_company(s, replace(before, payment_terms_days=days))
        log_company_change(s, actor, before.to_json(), clean)
        return clean


def _stored(session: Session) -> dict[str, Any] | None:
    row = session.get(Setting, SETTING_KEY)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else None


def log_company_change(
    session: Session, actor: Actor | None, before: dict[str, Any] | None, after: CompanySettings
) -> None:
    """Write the changed company fields to the admin log."""
    changes = changes_between(before, after.to_json())
    log_change(session, actor, "setting", SETTING_KEY, "change", changes)


def ensure_company(session: Session) -> CompanySettings:
    """The stored company, or the demo company stored now when none is set up (demo data)."""
    row = session.get(Setting, SETTING_KEY)
    if row is not None and isinstance(row.value, dict):
        return CompanySettings.from_json(row.value)
    company = put_company(session, demo_company())
    log_company_change(session, None, None, company)
    return company


def set_logo(session: Session, content: bytes) -> CompanySettings:
    """Store a logo image and point the company settings at it."""
    digest = store_blob(session, content)
    return put_company(session, replace(get_company(session), logo_sha256=digest))


def company_logo(session: Session, company: CompanySettings) -> bytes | None:
    """The logo image bytes, or ``None`` when there is none."""
    if not company.logo_sha256:
        return None
    content: bytes | None = session.scalar(
        select(Blob.content).where(Blob.sha256 == company.logo_sha256)
    )
    return content

"""Finding customers for a draft, with the checks a clerk should see before issuing.

The draft editor's customer picker asks :func:`find_customers` as the clerk types and shows
:func:`customer_warnings` under the chosen customer (invalid VAT ID or IBAN, missing e-mail
address or postal address), so problems surface while the draft is written, not when it is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.parties import normalize_email, normalize_iban, normalize_vat_id
from invoicedesk.services.numbering import next_number
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import NumberSeries
from invoicedesk.store.models.parties import Party

#: the kinds of party that can receive an outgoing invoice
CUSTOMER_KINDS = ("customer", "both")
#: the number series of customer numbers (never reset; pattern editable in the settings)
CUSTOMER_SERIES = "customer"
CUSTOMER_PATTERN = "K-{seq:05}"


def ensure_customer_number(session: Session, party: Party) -> str:
    """The party's customer number, drawn from the series ``customer`` when it has none.

    The party row is locked first and the series created with ``ON CONFLICT DO NOTHING``, so
    two clerks issuing the first invoices at once neither fail nor draw two numbers.
    """
    if party.customer_number:
        return party.customer_number
    # FOR NO KEY UPDATE: does not wait for (or block) the key-share locks that changes of
    # the party's cases take through their foreign key
    session.refresh(party, with_for_update={"key_share": True})
    if party.customer_number:
        return party.customer_number
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(NumberSeries)
        .values(code=CUSTOMER_SERIES, name="Customers", pattern=CUSTOMER_PATTERN,
                reset_yearly=False)
        .on_conflict_do_nothing(index_elements=["code"])
    )  # fmt: skip
    party.customer_number = next_number(session, CUSTOMER_SERIES, date.today())
    return party.customer_number


@dataclass(frozen=True)
class CustomerChoice:
    """A customer as the picker lists it."""

    id: int
    name: str
    city: str
    country: str
    language: str
    vat_id: str | None
    email: str | None
    iban: str | None
    payment_terms_days: int | None
    street: str = ""
    postal_code: str = ""
    business: bool = True
    address_line2: str = ""
    customer_number: str | None = None
    leitweg_id: str | None = None
    einvoice: str = ""

    @property
    def label(self) -> str:
        """``Name — City (CC)`` for lists and completers."""
        place = f"{self.city} ({self.country})" if self.city else self.country
        return f"{self.name} — {place}"


def _choice(p: Party) -> CustomerChoice:
    return CustomerChoice(
        id=p.id,
        name=p.name,
        city=p.city,
        country=p.country,
        language=(p.language or "de")[:2],
        vat_id=p.vat_id,
        email=p.email,
        iban=p.iban,
        payment_terms_days=p.payment_terms_days,
        street=p.street,
        postal_code=p.postal_code,
        business=bool(p.business),
        address_line2=p.address_line2 or "",
        customer_number=p.customer_number,
        leitweg_id=p.leitweg_id,
        einvoice=p.einvoice or "",
    )


def find_customers(db: Database, text: str = "", limit: int = 50) -> list[CustomerChoice]:
    """Customers whose name, city, e-mail or VAT ID contains every word of ``text``."""
    stmt = select(Party).where(Party.kind.in_(CUSTOMER_KINDS))
    for word in text.lower().split()[:5]:
        pattern = f"%{word.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(
            or_(
                func.lower(Party.name).like(pattern),
                func.lower(Party.city).like(pattern),
                func.lower(func.coalesce(Party.email, "")).like(pattern),
                func.lower(func.coalesce(Party.vat_id, "")).like(pattern),
            )
        )
    with db.read() as s:
        rows = s.scalars(stmt.order_by(Party.name, Party.id).limit(max(1, limit)))
        return [_choice(p) for p in rows]


def get_customer(db: Database, party_id: int) -> CustomerChoice | None:
    """One customer by id (``None`` if it does not exist or is not a customer)."""
    with db.read() as s:
        party = s.get(Party, party_id)
        if party is None or party.kind not in CUSTOMER_KINDS:
            return None
        return _choice(party)


def customer_warnings(customer: CustomerChoice, *, reverse_charge: bool = False) -> list[str]:
    """What is wrong or missing in the customer data for an invoice (empty when all is well).

    VAT IDs are checked with python-stdnum and IBANs with schwifty
    (:mod:`invoicedesk.domain.parties`).
    """
    problems: list[str] = []
    if customer.vat_id:
        try:
            normalize_vat_id(customer.vat_id)
        except ValidationError:
            problems.append(
                msg(
                    "The VAT ID {vat_id} of {name} is not valid.",
                    vat_id=customer.vat_id,
                    name=customer.name,
                )
            )
    elif reverse_charge:
        problems.append(
            msg("Reverse charge needs the VAT ID of {name}; it has none.", name=customer.name)
        )
    if customer.iban:
        try:
            normalize_iban(customer.iban)
        except ValidationError:
            problems.append(
                msg(
                    "The IBAN {iban} of {name} is not valid.",
                    iban=customer.iban,
                    name=customer.name,
                )
            )
    if not customer.email:
        problems.append(
            msg("{name} has no e-mail address; enter a recipient to send.", name=customer.name)
        )
    else:
        try:
            normalize_email(customer.email)
        except ValidationError:
            problems.append(msg("The e-mail address {email} is not valid.", email=customer.email))
    if not (customer.street and customer.city):
        problems.append(msg("The postal address of {name} is incomplete.", name=customer.name))
    return problems

"""Creating and changing customers: address (with a supplement line), business or consumer,
VAT ID, customer number, and the e-invoice the customer requires (XRechnung with its
Leitweg-ID).

Every field is checked before anything is stored: VAT ID and Leitweg-ID by python-stdnum
(check digits included), the e-mail address, printable characters (no emoji, no line break
in an address line). A new customer gets the next number of the series ``customer`` unless
one is given; a given number must be free.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.domain.characters import check_printable
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.parties import normalize_email, normalize_leitweg_id, normalize_vat_id
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.outgoing.customers import CUSTOMER_KINDS, ensure_customer_number
from invoicedesk.services.outgoing.einvoice_delivery import CUSTOMER_SYNTAXES
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.parties import Party

LANGUAGES = ("de", "en", "nl")


@dataclass(frozen=True)
class CustomerInput:
    """A customer as the customer dialog and the JSON draft import enter it."""

    name: str
    street: str = ""
    address_line2: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"
    vat_id: str | None = None
    email: str | None = None
    business: bool = True
    language: str = "de"
    leitweg_id: str | None = None
    #: "" (Factur-X PDF), "xrechnung-cii" or "xrechnung-ubl"
    einvoice: str = ""
    customer_number: str | None = None
    contact_person: str | None = None
    payment_terms_days: int = 14


_FIELDS = tuple(f.name for f in fields(CustomerInput))


def checked(data: CustomerInput) -> CustomerInput:
    """The input with every field validated and normalised; one clear sentence if not."""
    name = data.name.strip()
    if not name:
        raise ValidationError("The customer needs a name.")
    for label, value in (
        (msg("Name"), name),
        (msg("Street"), data.street),
        (msg("Address supplement"), data.address_line2),
        (msg("Postcode"), data.postal_code),
        (msg("City"), data.city),
        (msg("Contact"), data.contact_person or ""),
    ):
        check_printable(value, field=label, multiline=False)
    country = data.country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise ValidationError(
            "{country!r} is not a two-letter country code (DE, NL, ...).", country=data.country
        )
    if data.language not in LANGUAGES:
        raise ValidationError(
            "{language!r} is not a document language (de, en, nl).", language=data.language
        )
    if data.einvoice not in CUSTOMER_SYNTAXES:
        raise ValidationError(
            "{einvoice!r} is not an e-invoice the customer can require (xrechnung-cii, "
            "xrechnung-ubl).",
            einvoice=data.einvoice,
        )
    leitweg = normalize_leitweg_id(data.leitweg_id) if data.leitweg_id else None
    email = normalize_email(data.email) if data.email else None
    if data.einvoice and not (leitweg and email):
        raise ValidationError(
            "A customer who requires XRechnung needs a Leitweg-ID and an e-mail address."
        )
    if not 0 <= data.payment_terms_days <= 365:
        raise ValidationError("Payment terms must be between 0 and 365 days.")
    return replace(
        data,
        name=name,
        street=data.street.strip(),
        address_line2=data.address_line2.strip(),
        postal_code=data.postal_code.strip(),
        city=data.city.strip(),
        country=country,
        vat_id=normalize_vat_id(data.vat_id) if data.vat_id else None,
        email=email,
        leitweg_id=leitweg,
        customer_number=(data.customer_number or "").strip() or None,
        contact_person=(data.contact_person or "").strip() or None,
    )


def _number_free(session: Session, number: str, party_id: int | None) -> None:
    other = session.scalar(select(Party.id).where(Party.customer_number == number))
    if other is not None and other != party_id:
        raise ValidationError("The customer number {number} is taken already.", number=number)


def write_customer(session: Session, data: CustomerInput, party: Party | None = None) -> Party:
    """Store a checked customer (new when ``party`` is None) in the caller's transaction."""
    clean = checked(data)
    if clean.customer_number:
        _number_free(session, clean.customer_number, party.id if party else None)
    if party is None:
        party = Party(kind="customer")
        session.add(party)
    for name in _FIELDS:
        setattr(party, name, getattr(clean, name))
    session.flush()
    ensure_customer_number(session, party)
    return party


def find_customer(session: Session, data: CustomerInput) -> Party | None:
    """An existing customer with the same VAT ID, or the same name, postcode and street."""
    customers = select(Party).where(Party.kind.in_(CUSTOMER_KINDS)).order_by(Party.id)
    if data.vat_id:
        vat_id = normalize_vat_id(data.vat_id)
        found = session.scalars(customers.where(Party.vat_id == vat_id)).first()
        if found is not None:
            return found
    return session.scalars(
        customers.where(
            func.lower(Party.name) == data.name.strip().lower(),
            Party.postal_code == data.postal_code.strip(),
            func.lower(Party.street) == data.street.strip().lower(),
        )
    ).first()


def save_customer(
    db: Database, actor: Actor, data: CustomerInput, party_id: int | None = None
) -> int:
    """Create (``party_id=None``) or change a customer in one transaction; returns its id."""
    with db.write() as s:
        require_clerk(s, actor, msg("Changing customers"))
        party = None
        if party_id is not None:
            party = s.get(Party, party_id)
            if party is None or party.kind not in CUSTOMER_KINDS:
                raise NotFound("There is no customer with the id {party_id}.", party_id=party_id)
        return write_customer(s, data, party).id


def load_customer(db: Database, party_id: int) -> CustomerInput:
    """A stored customer as the dialog edits it."""
    with db.read() as s:
        party = s.get(Party, party_id)
        if party is None or party.kind not in CUSTOMER_KINDS:
            raise NotFound("There is no customer with the id {party_id}.", party_id=party_id)
        values = {name: getattr(party, name) for name in _FIELDS}
        values["language"] = (party.language or "de")[:2]
        values["einvoice"] = party.einvoice or ""
        return CustomerInput(**values)

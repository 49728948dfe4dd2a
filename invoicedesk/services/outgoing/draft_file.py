"""Drafts from a JSON file (``invoicedesk invoice draft FILE.json``), for integrations.

The customer given by data is found (same VAT ID, or same name, postcode and street) or
created; the draft is made for it in the same transaction, so a file with a mistake leaves
nothing behind. Amounts, quantities and rates are strings (``"0.333"``), never JSON numbers.
``vat_rate`` and ``vat_category`` may be left out: the tax treatment is decided as for every
draft (domestically the article's rate, else the standard rate). Unknown keys are refused, so
a typing mistake does not silently drop a value. The format is documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from invoicedesk.domain.enums import CaseKind
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import to_decimal
from invoicedesk.domain.tax import STANDARD_RATE, SupplyKind
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.outgoing.customer_edit import (
    CustomerInput,
    checked,
    find_customer,
    write_customer,
)
from invoicedesk.services.outgoing.drafts import DraftInput, DraftLine, create_draft_in
from invoicedesk.services.outgoing.tax_treatment import AUTO
from invoicedesk.store.database import Database
from invoicedesk.store.models.articles import Article

_TOP = {
    "customer", "language", "lines", "payment_terms", "delivery_date", "period_start",
    "period_end", "notes", "recipient_email", "currency", "kind", "tax_treatment",
    "exemption_reason",
}  # fmt: skip
_CUSTOMER = {
    "name", "street", "address_line2", "postcode", "postal_code", "city", "country", "vat_id",
    "email", "business", "leitweg_id", "einvoice", "language", "customer_number", "contact",
    "payment_terms_days",
}  # fmt: skip
_LINE = {
    "description", "quantity", "unit", "unit_price", "vat_rate", "vat_category", "kind",
    "article_no", "discount_percent", "period_start", "period_end",
}  # fmt: skip
_TERMS = {"days", "skonto_percent", "skonto_days", "text"}


@dataclass(frozen=True)
class DraftFileResult:
    """The draft made from a file, and whether its customer was created for it."""

    case_id: int
    customer_id: int
    customer_created: bool
    gross: Decimal
    warnings: tuple[str, ...]


def _keys(data: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValidationError("{where} must be a JSON object.", where=where)
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValidationError(
            "{where}: unknown key {key!r} (allowed: {items}).",
            where=where,
            key=unknown[0],
            items=", ".join(sorted(allowed)),
        )
    return data


def _text(data: dict[str, Any], key: str, where: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValidationError("{where}: {key} must be a text.", where=where, key=key)
    return value


def _number(data: dict[str, Any], key: str, where: str) -> Decimal | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            "{where}: {key} must be a string such as \"0.333\", not a JSON number.",
            where=where,
            key=key,
        )
    return to_decimal(value, key)


def _day(data: dict[str, Any], key: str, where: str) -> date | None:
    text = _text(data, key, where)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "{where}: {key} {value!r} is not a date (YYYY-MM-DD).", where=where, key=key,
            value=text,
        ) from None  # fmt: skip


def _customer(data: Any, language: str) -> CustomerInput:
    c = _keys(data, _CUSTOMER, "customer")
    business = c.get("business", True)
    if not isinstance(business, bool):
        raise ValidationError("customer: business must be true or false.")
    days = c.get("payment_terms_days", 14)
    if not isinstance(days, int):
        raise ValidationError("customer: payment_terms_days must be a whole number.")
    return CustomerInput(
        name=_text(c, "name", "customer"),
        street=_text(c, "street", "customer"),
        address_line2=_text(c, "address_line2", "customer"),
        postal_code=_text(c, "postcode", "customer") or _text(c, "postal_code", "customer"),
        city=_text(c, "city", "customer"),
        country=_text(c, "country", "customer", "DE"),
        vat_id=_text(c, "vat_id", "customer") or None,
        email=_text(c, "email", "customer") or None,
        business=business,
        language=_text(c, "language", "customer", language or "de"),
        leitweg_id=_text(c, "leitweg_id", "customer") or None,
        einvoice=_text(c, "einvoice", "customer"),
        customer_number=_text(c, "customer_number", "customer") or None,
        contact_person=_text(c, "contact", "customer") or None,
        payment_terms_days=days,
    )


def _line(data: Any, index: int, articles: dict[str, Article]) -> DraftLine:
    where = f"line {index}"
    ln = _keys(data, _LINE, where)
    article = articles.get(_text(ln, "article_no", where))
    quantity = _number(ln, "quantity", where)
    price = _number(ln, "unit_price", where)
    if price is None and article is not None:
        price = article.price
    if quantity is None or price is None:
        raise ValidationError("{where} needs a quantity and a unit_price.", where=where)
    rate = _number(ln, "vat_rate", where)
    if rate is None:
        rate = article.vat_rate if article is not None else STANDARD_RATE
    default_kind = article.kind if article is not None else SupplyKind.GOODS.value
    return DraftLine(
        description=_text(ln, "description", where) or (article.name if article else ""),
        quantity=quantity,
        unit_price=price,
        vat_rate=rate,
        vat_category=_text(ln, "vat_category", where) or AUTO,
        unit=_text(ln, "unit", where) or (article.unit if article else "C62"),
        discount_percent=_number(ln, "discount_percent", where) or Decimal(0),
        article_no=_text(ln, "article_no", where) or None,
        period_start=_day(ln, "period_start", where),
        period_end=_day(ln, "period_end", where),
        kind=_text(ln, "kind", where) or default_kind,
    )


def draft_from_data(db: Database, actor: Actor, data: Any) -> DraftFileResult:
    """Find or create the customer and create the draft, in one transaction."""
    top = _keys(data, _TOP, "The file")
    customer = checked(_customer(top.get("customer"), _text(top, "language", "The file")))
    raw_lines = top.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise ValidationError("The file needs a list of lines with at least one line.")
    terms = _keys(top.get("payment_terms") or {}, _TERMS, "payment_terms")
    days = terms.get("days")
    skonto_days = terms.get("skonto_days")
    for key, value in (("days", days), ("skonto_days", skonto_days)):
        if value is not None and not isinstance(value, int):
            raise ValidationError("payment_terms: {key} must be a whole number.", key=key)
    kind = _text(top, "kind", "The file", CaseKind.INVOICE.value)
    if kind not in (CaseKind.INVOICE.value, CaseKind.CREDIT_NOTE.value):
        raise ValidationError("kind must be invoice or credit_note, not {kind!r}.", kind=kind)
    with db.write() as s:
        numbers = {str(ln.get("article_no")) for ln in raw_lines if isinstance(ln, dict)}
        found = s.scalars(select(Article).where(Article.number.in_(numbers)))
        articles = {a.number: a for a in found}
        lines = tuple(_line(ln, i, articles) for i, ln in enumerate(raw_lines, start=1))
        party = find_customer(s, customer)
        created = party is None
        if party is None:
            party = write_customer(s, customer)
        draft = DraftInput(
            party_id=party.id,
            lines=lines,
            notes=_text(top, "notes", "The file"),
            payment_terms_days=days,
            payment_terms=_text(terms, "text", "payment_terms"),
            delivery_date=_day(top, "delivery_date", "The file"),
            period_start=_day(top, "period_start", "The file"),
            period_end=_day(top, "period_end", "The file"),
            exemption_reason=_text(top, "exemption_reason", "The file") or None,
            recipient_email=_text(top, "recipient_email", "The file") or None,
            language=_text(top, "language", "The file") or None,
            currency=_text(top, "currency", "The file", "EUR"),
            tax_treatment=_text(top, "tax_treatment", "The file") or None,
            skonto_percent=_number(terms, "skonto_percent", "payment_terms"),
            skonto_days=skonto_days,
        )
        result = create_draft_in(s, actor, draft, CaseKind(kind))
        return DraftFileResult(result.case_id, party.id, created, result.gross, result.warnings)

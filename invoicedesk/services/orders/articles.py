"""Articles: the goods and services on orders, found by their number (the shop's SKU)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.outgoing.tax_treatment import supply_kind
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.articles import Article
from invoicedesk.store.models.orders import SalesOrderLine
from invoicedesk.store.types import utcnow


@dataclass(frozen=True)
class ArticleInput:
    """An article as the clerk (or an import) enters it; the number is its key."""

    number: str
    name: str
    price: Decimal
    vat_rate: Decimal = Decimal("19")
    unit: str = "C62"
    active: bool = True
    origin: str | None = None
    remote_id: str | None = None
    #: goods or service (decides reverse charge vs intra-EU supply abroad)
    kind: str = "goods"


@dataclass(frozen=True)
class ArticleInfo:
    """One row of the articles list."""

    id: int
    number: str
    name: str
    unit: str
    price: Decimal
    vat_rate: Decimal
    active: bool
    origin: str | None
    kind: str = "goods"


def clean_number(number: str) -> str:
    """An article number as stored: trimmed, inner spaces kept, compared case-sensitively."""
    value = number.strip()
    if not value:
        raise ValidationError("An article needs an article number (SKU).")
    if len(value) > 40:
        raise ValidationError(
            "The article number {value}… is longer than 40 characters.", value=value[:40]
        )
    return value


def upsert_article(session: Session, data: ArticleInput) -> tuple[Article, bool]:
    """Create the article or update the one with the same number; returns (article, created)."""
    number = clean_number(data.number)
    if not data.name.strip():
        raise ValidationError("Article {number} has no name.", number=number)
    if data.price < ZERO:
        raise ValidationError("Article {number} has a negative price.", number=number)
    if not ZERO <= data.vat_rate <= Decimal("100"):
        raise ValidationError(
            "Article {number} has the VAT rate {vat_rate} %.", number=number, vat_rate=data.vat_rate
        )
    article = session.scalar(select(Article).where(Article.number == number))
    created = article is None
    if article is None:
        article = Article(number=number, origin=data.origin, remote_id=data.remote_id,
                          kind=supply_kind(data.kind).value)  # fmt: skip
        session.add(article)
    article.name = data.name.strip()[:200]
    article.unit = data.unit or "C62"
    article.price = data.price
    article.vat_rate = data.vat_rate
    article.active = data.active
    if data.origin and not article.origin:
        article.origin, article.remote_id = data.origin, data.remote_id
    article.updated_at = utcnow()
    session.flush()
    return article, created


def save_article(db: Database, data: ArticleInput) -> ArticleInfo:
    """Create or update an article in one transaction."""
    with db.write() as s:
        article, _ = upsert_article(s, data)
        return _info(article)


def _info(a: Article) -> ArticleInfo:
    return ArticleInfo(
        a.id, a.number, a.name, a.unit, a.price, a.vat_rate, a.active, a.origin, a.kind
    )


def list_articles(db: Database, search: str = "", limit: int = 500) -> list[ArticleInfo]:
    """Articles by number, filtered by a search text on number and name."""
    with db.read() as s:
        query = select(Article).order_by(Article.number).limit(limit)
        if search.strip():
            pattern = f"%{search.strip().lower()}%"
            number, name = func.lower(Article.number), func.lower(Article.name)
            query = query.where(or_(number.like(pattern), name.like(pattern)))
        return [_info(a) for a in s.scalars(query)]


# --- editing from the articles list (one transaction each, clerks only) --------------------


def _check(data: ArticleInput) -> str:
    number = clean_number(data.number)
    if not data.name.strip():
        raise ValidationError("Article {number} has no name.", number=number)
    if data.price < ZERO:
        raise ValidationError("Article {number} has a negative price.", number=number)
    if not ZERO <= data.vat_rate <= Decimal("100"):
        raise ValidationError(
            "Article {number} has the VAT rate {vat_rate} %.", number=number, vat_rate=data.vat_rate
        )
    if not data.unit.strip() or len(data.unit.strip()) > 8:
        raise ValidationError(
            "Article {number} needs a unit code of at most 8 characters.", number=number
        )
    return number


def _taken(s: Session, number: str, article_id: int | None) -> None:
    other = s.scalar(select(Article.id).where(Article.number == number))
    if other is not None and other != article_id:
        raise ValidationError(
            "The article number {number} is already used by another article.", number=number
        )


def create_article(db: Database, actor: Actor, data: ArticleInput) -> ArticleInfo:
    """Create a new article; refuses a number that is already taken."""
    number = _check(data)
    with db.write() as s:
        require_clerk(s, actor, msg("Creating an article"))
        _taken(s, number, None)
        article, _ = upsert_article(s, data)
        return _info(article)


def update_article(db: Database, actor: Actor, article_id: int, data: ArticleInput) -> ArticleInfo:
    """Change an article (its number too, if the new one is free). Order lines keep the
    text and price they were written with."""
    number = _check(data)
    with db.write() as s:
        require_clerk(s, actor, msg("Changing an article"))
        article = s.get(Article, article_id)
        if article is None:
            raise NotFound("There is no article with the id {article_id}.", article_id=article_id)
        _taken(s, number, article_id)
        article.number = number
        article.name = data.name.strip()[:200]
        article.unit = data.unit.strip()
        article.price, article.vat_rate, article.active = data.price, data.vat_rate, data.active
        article.kind = supply_kind(data.kind).value
        article.updated_at = utcnow()
        s.flush()
        return _info(article)


def article_usage(session: Session, article_id: int) -> int:
    """How many order lines refer to an article."""
    used = select(func.count()).select_from(SalesOrderLine)
    return int(session.scalar(used.where(SalesOrderLine.article_id == article_id)) or 0)


def delete_article(db: Database, actor: Actor, article_id: int) -> None:
    """Delete an article that no order uses (others can be set inactive instead)."""
    with db.write() as s:
        require_clerk(s, actor, msg("Deleting an article"))
        article = s.get(Article, article_id)
        if article is None:
            raise NotFound("There is no article with the id {article_id}.", article_id=article_id)
        used = article_usage(s, article_id)
        if used:
            raise ValidationError(
                "Article {article_number} is used on {used} order line(s) and cannot be "
                "deleted. Untick “active” to hide it from new orders instead.",
                article_number=article.number,
                used=used,
            )
        s.delete(article)

"""The typed registry of company-wide settings kept in the database (``settings`` table).

Each setting is one :class:`SettingSpec`: its key, its dataclass type and its default. Code
reads and writes settings only through :func:`get_setting` / :func:`put_setting` (inside a
caller's transaction) or :func:`load_setting` / :func:`save_setting` (one transaction, admins
only), never through string keys scattered around. Company data (``company``) and the mail
server (``smtp``) keep their own modules (:mod:`~invoicedesk.services.settings.company`,
:mod:`invoicedesk.mail.settings`); number series live in their own table and are edited here.

Per-workstation settings (database URL, language, watched folder) are not here but in
:class:`invoicedesk.config.WorkstationSettings`; per-user window state is in QSettings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.documents.layout_options import DEFAULT_ACCENT, LayoutOptions
from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import ConfigurationError, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.numbering import format_number
from invoicedesk.services.permissions import require_admin
from invoicedesk.services.settings.admin_log import changes_between, log_change
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import NumberSeries, Setting
from invoicedesk.store.types import utcnow

T = TypeVar("T")

#: mail kinds whose texts can be changed, and the languages they exist in
MAIL_KINDS = ("invoice", "credit_note", "order_received")
MAIL_LANGUAGES = ("de", "en", "nl")
#: placeholders the mail texts may use (see :mod:`invoicedesk.services.outgoing.mail_texts`)
MAIL_PLACEHOLDERS = (
    "number", "customer", "company", "gross", "due_date", "issue_date", "reference",
    "invoice_number",
)  # fmt: skip


@dataclass(frozen=True)
class PdfOptions:
    """Options of the invoice PDF layout."""

    show_logo: bool = True
    #: accent colour of headings and rules (hex)
    accent_color: str = DEFAULT_ACCENT
    #: an extra line printed above the footer (e.g. "Thank you for your order")
    footer_note: str = ""
    #: print the Girocode (EPC QR) for bank transfer
    show_payment_qr: bool = True

    def validated(self) -> PdfOptions:
        """Check the colour; raises ``ValidationError``."""
        color = self.accent_color.strip()
        if len(color) != 7 or not color.startswith("#"):
            raise ValidationError("The accent colour must be written #RRGGBB, e.g. #1f4e79.")
        try:
            int(color[1:], 16)
        except ValueError:
            raise ValidationError("{color} is not a colour; write #RRGGBB.", color=color) from None
        if len(self.footer_note) > 200:
            raise ValidationError("The footer note can have at most 200 characters.")
        return self

    def layout(self) -> LayoutOptions:
        """These options as the plain data the PDF renderer reads."""
        return LayoutOptions(
            show_logo=self.show_logo,
            accent_color=self.accent_color.strip() or DEFAULT_ACCENT,
            footer_note=self.footer_note.strip(),
            show_payment_qr=self.show_payment_qr,
        )


@dataclass(frozen=True)
class LoginPopupRule:
    """When the popup of collective invoices without a send date appears after login."""

    enabled: bool = True
    #: roles that see it (an admin always can open it from the menu)
    roles: tuple[str, ...] = ("clerk",)
    #: "Remind me later" hides it for this many hours
    snooze_hours: int = 4

    def validated(self) -> LoginPopupRule:
        """Check roles and hours; raises ``ValidationError``."""
        try:
            roles = tuple(sorted({Role(r).value for r in self.roles}))
        except ValueError:
            raise ValidationError("Unknown role in {items}.", items=", ".join(self.roles)) from None
        if not 0 <= self.snooze_hours <= 24 * 7:
            raise ValidationError("Remind again after 0 to 168 hours.")
        return LoginPopupRule(self.enabled, roles, self.snooze_hours)


@dataclass(frozen=True)
class MailTexts:
    """Company-specific subjects and bodies: ``texts[language][kind] = (subject, body)``.

    Missing entries use the built-in texts of :mod:`invoicedesk.services.outgoing.mail_texts`.
    """

    texts: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)

    def validated(self) -> MailTexts:
        """Check languages, kinds and placeholders; raises ``ValidationError``."""
        import string

        clean: dict[str, dict[str, tuple[str, str]]] = {}
        for language, kinds in self.texts.items():
            if language not in MAIL_LANGUAGES:
                raise ValidationError(
                    "Mail texts in {language!r} are not supported.", language=language
                )
            for kind, (subject, body) in kinds.items():
                if kind not in MAIL_KINDS:
                    raise ValidationError("There is no mail of the kind {kind!r}.", kind=kind)
                if not subject.strip() or not body.strip():
                    raise ValidationError("A mail text needs a subject and a body.")
                for text in (subject, body):
                    try:
                        names = [n for _, n, _, _ in string.Formatter().parse(text) if n]
                    except ValueError as exc:
                        raise ValidationError(
                            "A placeholder is not closed: {exc}.", exc=exc
                        ) from None
                    unknown = sorted(set(names) - set(MAIL_PLACEHOLDERS))
                    if unknown:
                        raise ValidationError(
                            "Unknown placeholder {{{name}}}; use {allowed}.",
                            name=unknown[0],
                            allowed=", ".join(f"{{{p}}}" for p in MAIL_PLACEHOLDERS),
                        )
                clean.setdefault(language, {})[kind] = (subject.strip(), body)
        return MailTexts(clean)

    def get(self, language: str, kind: str) -> tuple[str, str] | None:
        """The company's own text, or ``None`` to use the built-in one."""
        return self.texts.get(language, {}).get(kind)


@dataclass(frozen=True)
class ApprovalPolicy:
    """Separation of duties and approval limits for supplier invoices."""

    #: a one-person office: the same user may upload, edit, check and approve; the history
    #: records every such self-check
    self_checks: bool = False
    #: the company currency; approval limits count in it
    limit_currency: str = "EUR"

    def validated(self) -> ApprovalPolicy:
        """Check the currency code; raises ``ValidationError``."""
        currency = self.limit_currency.strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise ValidationError(
                "{currency!r} is not a currency code.", currency=self.limit_currency
            )
        return ApprovalPolicy(bool(self.self_checks), currency)


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    """One registered setting: key in the ``settings`` table, type and default."""

    key: str
    type: type[T]
    default: T


PDF_OPTIONS = SettingSpec("pdf_options", PdfOptions, PdfOptions())
LOGIN_POPUP = SettingSpec("login_popup", LoginPopupRule, LoginPopupRule())
MAIL_TEXTS = SettingSpec("mail_texts", MailTexts, MailTexts())
APPROVAL_POLICY = SettingSpec("approval_policy", ApprovalPolicy, ApprovalPolicy())
REGISTRY: tuple[SettingSpec[Any], ...] = (PDF_OPTIONS, LOGIN_POPUP, MAIL_TEXTS, APPROVAL_POLICY)


def _from_json(spec: SettingSpec[T], value: Any) -> T:
    if not isinstance(value, dict):
        return spec.default
    if spec.type is MailTexts:
        texts = {
            lang: {kind: (str(pair[0]), str(pair[1])) for kind, pair in kinds.items()}
            for lang, kinds in dict(value.get("texts", {})).items()
        }
        return MailTexts(texts)  # type: ignore[return-value]
    known = {f.name for f in fields(spec.type)}  # type: ignore[arg-type]
    data = {k: v for k, v in value.items() if k in known}
    if "roles" in data:
        data["roles"] = tuple(data["roles"])
    return spec.type(**data)


def get_setting(session: Session, spec: SettingSpec[T]) -> T:
    """The stored value of a setting, or its default."""
    row = session.get(Setting, spec.key)
    return spec.default if row is None else _from_json(spec, row.value)


def put_setting(session: Session, spec: SettingSpec[T], value: T) -> T:
    """Validate and store a setting inside the caller's transaction."""
    clean: T = value.validated() if hasattr(value, "validated") else value
    data = asdict(clean)  # type: ignore[call-overload]
    row = session.get(Setting, spec.key)
    if row is None:
        session.add(Setting(key=spec.key, value=data, updated_at=utcnow()))
    else:
        row.value = data
        row.updated_at = utcnow()
    session.flush()
    return clean


def put_value(session: Session, actor: Actor, key: str, value: dict[str, Any]) -> None:
    """Store the JSON ``value`` of a setting kept by its own module (``dunning`` ...) inside the
    caller's transaction; what changed goes to the admin log."""
    row = session.get(Setting, key)
    before = dict(row.value) if row is not None and isinstance(row.value, dict) else None
    log_change(session, actor, "setting", key, "change", changes_between(before, value))
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=utcnow()))
    else:
        row.value, row.updated_at = value, utcnow()


def load_setting(db: Database, spec: SettingSpec[T]) -> T:
    """Read a setting in its own unit of work."""
    with db.read() as s:
        return get_setting(s, spec)


def save_setting(db: Database, actor: Actor, spec: SettingSpec[T], value: T) -> T:
    """Store a setting (admins only) in one transaction; the change goes to the admin log."""
    with db.write() as s:
        require_admin(s, actor, msg("Changing the company settings"))
        row = s.get(Setting, spec.key)
        before = dict(row.value) if row is not None and isinstance(row.value, dict) else None
        clean = put_setting(s, spec, value)
        after = asdict(clean)  # type: ignore[call-overload]
        log_change(s, actor, "setting", spec.key, "change", changes_between(before, after))
        return clean


# --- number series ----------------------------------------------------------------------------

#: the series every installation has: code -> (name, default pattern)
DEFAULT_SERIES = {
    "invoice": ("Invoices", "RE-{yyyy}-{seq:05}"),
    "credit_note": ("Credit notes", "GS-{yyyy}-{seq:05}"),
    "collective": ("Collective invoices", "SR-{yyyy}-{seq:05}"),
    "customer": ("Customers", "K-{seq:05}"),
}
#: series whose numbers run on across years
NEVER_RESET = frozenset({"customer"})


@dataclass(frozen=True)
class SeriesInfo:
    """A number series as the settings show it."""

    code: str
    name: str
    pattern: str
    reset_yearly: bool


def preview_number(pattern: str, on: date | None = None, seq: int = 1) -> str:
    """The number ``pattern`` gives (``RE-2026-00001``); raises ``ConfigurationError``."""
    if len(pattern) > 60:
        raise ConfigurationError("A number pattern can have at most 60 characters.")
    number = format_number(pattern, on or date.today(), seq)
    if "{" in number or "}" in number:
        raise ConfigurationError(
            "The number pattern {pattern!r} has a brace that is not part of a placeholder.",
            pattern=pattern,
        )
    return number


def list_series(db: Database) -> list[SeriesInfo]:
    """Every number series, the default ones first (missing ones with their defaults)."""
    with db.read() as s:
        rows = {
            r.code: SeriesInfo(r.code, r.name, r.pattern, r.reset_yearly)
            for r in s.scalars(select(NumberSeries))
        }
    result = [
        rows.pop(code) if code in rows else SeriesInfo(code, name, pattern, code not in NEVER_RESET)
        for code, (name, pattern) in DEFAULT_SERIES.items()
    ]
    return result + list(rows.values())


def put_series(session: Session, series: list[SeriesInfo], actor: Actor | None = None) -> None:
    """Create or change number series inside the caller's transaction (patterns checked);
    every change goes to the admin log (``actor`` ``None``: the set-up of a new database)."""
    for info in series:
        preview_number(info.pattern)
        row = session.scalar(select(NumberSeries).where(NumberSeries.code == info.code))
        before = _series_values(row)
        after = {
            "name": row.name if row else info.name,
            "pattern": info.pattern,
            "reset_yearly": info.reset_yearly,
        }
        action = "create" if row is None else "change"
        log_change(session, actor, "number_series", info.code, action,
                   changes_between(before, after))  # fmt: skip
        if row is None:
            session.add(NumberSeries(code=info.code, name=info.name, pattern=info.pattern,
                                     reset_yearly=info.reset_yearly))  # fmt: skip
        else:
            row.pattern, row.reset_yearly = info.pattern, info.reset_yearly
    session.flush()


def save_series(db: Database, actor: Actor | None, series: list[SeriesInfo]) -> None:
    """Change number patterns (admins only; ``actor`` ``None`` only while a new database is
    set up); numbers already issued stay as they are. Each change goes to the admin log."""
    with db.write() as s:
        if actor is not None:
            require_admin(s, actor, msg("Changing the number formats"))
        put_series(s, series, actor)


def _series_values(row: NumberSeries | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"name": row.name, "pattern": row.pattern, "reset_yearly": row.reset_yearly}

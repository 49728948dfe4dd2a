"""Company settings of collective invoices: who sees the login popup, when sends happen.

Kept as one JSON value under the key ``collective`` in the ``settings`` table (like the company
data in :mod:`invoicedesk.services.settings.company`), so every workstation and the headless
dispatcher
read the same rule. ``send_time`` and ``timezone`` say when on its send date a collective
invoice is issued and e-mailed (08:00 in Berlin by default), whichever clock a workstation has.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.permissions import require_admin
from invoicedesk.services.settings.admin_log import changes_between, log_change
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import Setting
from invoicedesk.store.types import utcnow

SETTING_KEY = "collective"
PopupFor = Literal["all", "creators"]


@dataclass(frozen=True)
class CollectiveSettings:
    """``popup_for``: ``"all"`` clerks, or only the ``"creators"`` of each invoice."""

    popup_for: PopupFor = "all"
    send_time: str = "08:00"
    timezone: str = "Europe/Berlin"

    def validated(self) -> CollectiveSettings:
        """A checked copy; raises ``ValidationError`` with a sentence for the admin."""
        if self.popup_for not in ("all", "creators"):
            raise ValidationError("The popup is shown to all clerks or only to the creators.")
        try:
            clock = time.fromisoformat(self.send_time)
        except ValueError:
            raise ValidationError(
                "{send_time!r} is not a time of day (HH:MM).", send_time=self.send_time
            ) from None
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                "{timezone!r} is not a known time zone.", timezone=self.timezone
            ) from None
        return replace(self, send_time=clock.strftime("%H:%M"))

    @property
    def zone(self) -> ZoneInfo:
        """The company's time zone."""
        return ZoneInfo(self.timezone)

    @property
    def clock(self) -> time:
        """The time of day sends happen."""
        return time.fromisoformat(self.send_time)

    def send_at(self, day: date) -> datetime:
        """The aware moment a collective invoice with send date ``day`` falls due."""
        return datetime.combine(day, self.clock, tzinfo=self.zone)

    def last_due_day(self, now: datetime) -> date:
        """The latest send date that is due at ``now`` (aware)."""
        local = now.astimezone(self.zone)
        return local.date() if local.time() >= self.clock else local.date() - timedelta(days=1)

    def today(self, now: datetime | None = None) -> date:
        """The company's calendar day at ``now``."""
        return (now or utcnow()).astimezone(self.zone).date()

    @classmethod
    def from_json(cls, data: Any) -> CollectiveSettings:
        """The stored form, ignoring unknown keys; defaults when nothing is stored."""
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known}).validated()
        except ValidationError:
            return cls()


def read_settings(session: Session) -> CollectiveSettings:
    """The stored settings (defaults when none are stored)."""
    row = session.get(Setting, SETTING_KEY)
    return CollectiveSettings.from_json(row.value if row is not None else None)


def get_settings(db: Database) -> CollectiveSettings:
    """The stored settings in their own read."""
    with db.read() as s:
        return read_settings(s)


def save_settings(db: Database, actor: Actor, settings: CollectiveSettings) -> CollectiveSettings:
    """Store the settings (admins only) in one transaction; the change goes to the admin log."""
    clean = settings.validated()
    with db.write() as s:
        require_admin(s, actor, msg("Changing the collective-invoice settings"))
        row = s.get(Setting, SETTING_KEY)
        before = dict(row.value) if row is not None and isinstance(row.value, dict) else None
        log_change(s, actor, "setting", SETTING_KEY, "change",
                   changes_between(before, asdict(clean)))  # fmt: skip
        if row is None:
            s.add(Setting(key=SETTING_KEY, value=asdict(clean), updated_at=utcnow()))
        else:
            row.value = asdict(clean)
            row.updated_at = utcnow()
    return clean

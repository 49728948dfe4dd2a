"""Why an e-mail waits instead of going out: the mail server is not usable (yet).

A *held* outbox row is not a verdict on the message: the settings name no server or no sender,
the password is missing, the server refuses our login or our sender address, its certificate
is not trusted, or it cannot be reached. Such a row keeps its reason (:data:`HOLD_REASONS`,
short enough for a status bar: "3 e-mails wait: no mail server") and is tried again after
:func:`recheck_after` - at once when an administrator saves the mail settings - so it goes out
by itself once the server works. Only the server's permanent refusal of one message makes a
row *failed*.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.domain.messages import Message, msg

NO_SERVER = "no_server"
NO_SENDER = "no_sender"
NO_PASSWORD = "no_password"  # noqa: S105 - a reason code, not a password
SETTINGS = "settings"
LOGIN_REFUSED = "login_refused"
CERTIFICATE = "certificate"
NO_STARTTLS = "no_starttls"
UNREACHABLE = "unreachable"
SENDER_REFUSED = "sender_refused"

#: reason code -> what a clerk reads after "e-mails wait: ..."
HOLD_REASONS: dict[str, Message] = {
    NO_SERVER: msg("no mail server"),
    NO_SENDER: msg("no sender address"),
    NO_PASSWORD: msg("no mail password stored"),
    SETTINGS: msg("the mail settings are not valid"),
    LOGIN_REFUSED: msg("the mail server refused the login"),
    CERTIFICATE: msg("the mail server's certificate is not trusted"),
    NO_STARTTLS: msg("the mail server offers no encryption"),
    UNREACHABLE: msg("the mail server cannot be reached"),
    SENDER_REFUSED: msg("the mail server refuses the sender address"),
}
#: reasons found by reading the settings, without talking to the server
SETTINGS_REASONS = frozenset({NO_SERVER, NO_SENDER, NO_PASSWORD, SETTINGS})
#: a refused login is tried seldom (servers lock accounts after repeated failures)
_RECHECK = {LOGIN_REFUSED: timedelta(minutes=10), SENDER_REFUSED: timedelta(minutes=10)}
_RECHECK_DEFAULT = timedelta(minutes=2)
_RECHECK_SETTINGS = timedelta(minutes=1)


def hold_text(code: str | None) -> Message:
    """The short reason of a hold code (unknown codes: the settings are not valid)."""
    return HOLD_REASONS.get(code or "", HOLD_REASONS[SETTINGS])


def recheck_after(code: str) -> timedelta:
    """How long a row held for ``code`` waits before the dispatcher tries it again."""
    if code in SETTINGS_REASONS:
        return _RECHECK_SETTINGS
    return _RECHECK.get(code, _RECHECK_DEFAULT)


class MailNotReady(ConfigurationError):
    """The mail settings do not allow sending; ``hold`` is the reason code for held rows."""

    def __init__(self, text: str = "", /, hold: str = SETTINGS, **params: Any) -> None:
        super().__init__(text, **params)
        self.hold = hold

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the reason code (the base class would keep only the sentence)."""
        return (_rebuild, (self.message, self.hold))


def _rebuild(message: Message, hold: str) -> MailNotReady:
    return MailNotReady(message, hold=hold)


def hold_code(exc: BaseException) -> str:
    """The hold reason of a settings or connection problem (``hold`` attribute, else settings)."""
    code = getattr(exc, "hold", None)
    return code if isinstance(code, str) and code in HOLD_REASONS else SETTINGS

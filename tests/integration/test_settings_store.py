"""The typed settings registry, number formats, first start and user administration on the
real databases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoicedesk import secrets
from invoicedesk.domain.errors import ActionRefused, ConfigurationError, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.mail.settings import SmtpSettings, load_smtp_settings
from invoicedesk.services.numbering import next_number
from invoicedesk.services.outgoing.mail_texts import MessageKind, render
from invoicedesk.services.settings.company import demo_company, get_company
from invoicedesk.services.settings.first_start import (
    AdminAccount,
    FirstStartData,
    complete_first_start,
    needs_first_start,
    use_demo_data,
)
from invoicedesk.services.settings.registry import (
    LOGIN_POPUP,
    MAIL_TEXTS,
    PDF_OPTIONS,
    LoginPopupRule,
    MailTexts,
    PdfOptions,
    SeriesInfo,
    list_series,
    load_setting,
    preview_number,
    save_series,
    save_setting,
)
from invoicedesk.services.settings.user_admin import update_user
from invoicedesk.services.settings.users import authenticate


@pytest.fixture(autouse=True)
def _fresh_session_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords typed "for this session" must not leak into other tests."""
    from invoicedesk import secrets as _secrets

    monkeypatch.setattr(_secrets, "_SESSION", {})



def test_registry_defaults_round_trip_and_admin_only(db, users) -> None:  # type: ignore[no-untyped-def]
    assert load_setting(db, PDF_OPTIONS) == PdfOptions()
    admin, clerk = users["ada"].actor(), users["clara"].actor()
    save_setting(db, admin, PDF_OPTIONS, PdfOptions(False, "#112233", "Danke!", False))
    assert load_setting(db, PDF_OPTIONS) == PdfOptions(False, "#112233", "Danke!", False)
    save_setting(db, admin, LOGIN_POPUP, LoginPopupRule(True, ("reviewer", "clerk"), 8))
    assert load_setting(db, LOGIN_POPUP) == LoginPopupRule(True, ("clerk", "reviewer"), 8)
    with pytest.raises(ActionRefused):
        save_setting(db, clerk, PDF_OPTIONS, PdfOptions())
    with pytest.raises(ValidationError):
        save_setting(db, admin, PDF_OPTIONS, PdfOptions(accent_color="blue"))
    with pytest.raises(ValidationError):
        save_setting(db, admin, LOGIN_POPUP, LoginPopupRule(roles=("boss",)))


def test_mail_texts_replace_the_built_in_ones_and_check_placeholders(db, users) -> None:  # type: ignore[no-untyped-def]
    admin = users["ada"].actor()
    own = MailTexts({"de": {"invoice": ("Ihre Rechnung {number}", "Hallo {customer}!")}})
    save_setting(db, admin, MAIL_TEXTS, own)
    with db.read() as s:
        msg = render("de", MessageKind.INVOICE, session=s, number="RE-1", customer="Jansen")
        other = render("nl", MessageKind.INVOICE, session=s, number="RE-1", company="X")
    assert (msg.subject, msg.body) == ("Ihre Rechnung RE-1", "Hallo Jansen!")
    assert other.subject == "Factuur RE-1 van X"  # built-in where nothing is set
    bad = MailTexts({"de": {"invoice": ("Rechnung {nummer}", "x")}})
    with pytest.raises(ValidationError, match="nummer"):
        save_setting(db, admin, MAIL_TEXTS, bad)


def test_number_format_change_is_used_by_the_next_number(db, users) -> None:  # type: ignore[no-untyped-def]
    assert preview_number("RE-{yyyy}-{seq:05}", date(2026, 3, 1), 7) == "RE-2026-00007"
    with pytest.raises(ConfigurationError):
        preview_number("RE-{yyyy}")
    series = {s.code: s for s in list_series(db)}
    assert series["invoice"].pattern == "RE-{yyyy}-{seq:05}"
    admin = users["ada"].actor()
    save_series(db, admin, [SeriesInfo("invoice", "Invoices", "AR{yy}{mm}-{seq:04}", True)])
    with db.write() as s:
        assert next_number(s, "invoice", date(2026, 11, 2)) == "AR2611-0001"
    with pytest.raises(ActionRefused):
        save_series(db, users["clara"].actor(), list_series(db))


def test_first_start_stores_everything_and_only_once(db) -> None:  # type: ignore[no-untyped-def]
    assert needs_first_start(db)
    data = FirstStartData(
        company=demo_company(),
        admin=AdminAccount("chef", "Petra Chef", "PC", "sehr-geheim-1"),
        series=[SeriesInfo("invoice", "Invoices", "R{yyyy}/{seq:06}", True)],
        smtp=SmtpSettings(host="mail.example.com", port=587, user="rechnung@example.com",
                          sender="Rechnung <rechnung@example.com>"),
        smtp_password="mail-secret",
    )
    result = complete_first_start(db, data)
    assert result.password_note is None
    assert authenticate(db, "chef", "sehr-geheim-1").roles == (
        "admin", "approver", "clerk", "reviewer")
    with db.read() as s:
        assert get_company(s).vat_id == "DE136695976"
        smtp = load_smtp_settings(s)
    assert smtp.host == "mail.example.com" and smtp.password() == "mail-secret"
    assert {s.code: s.pattern for s in list_series(db)}["invoice"] == "R{yyyy}/{seq:06}"
    assert not needs_first_start(db)
    with pytest.raises(ValidationError, match="already set up"):
        complete_first_start(db, data)


def test_first_start_refuses_bad_entries_before_writing(db) -> None:  # type: ignore[no-untyped-def]
    bad_admin = FirstStartData(demo_company(), AdminAccount("x", "X", "X", "short"))
    with pytest.raises(ValidationError, match="8 characters"):
        complete_first_start(db, bad_admin)
    bad_series = FirstStartData(demo_company(), AdminAccount("x", "X", "X", "long enough"),
                                series=[SeriesInfo("invoice", "I", "RE-{seq:05", True)])
    with pytest.raises(ConfigurationError):
        complete_first_start(db, bad_series)
    with db.read() as s, pytest.raises(ConfigurationError):
        get_company(s)  # nothing was stored
    assert needs_first_start(db)


def test_mail_password_without_keyring_is_kept_for_the_session_only(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    assert not secrets.keyring_available()
    smtp = SmtpSettings(host="mail.example.com", port=587, user="u@example.com",
                        sender="u@example.com")
    data = FirstStartData(demo_company(), AdminAccount("x", "X", "X", "long enough"),
                          smtp=smtp, smtp_password="pw-1")
    result = complete_first_start(db, data)
    assert result.password_note and "keyring" in result.password_note
    assert smtp.password() == "pw-1"  # from this session's memory, not from a file
    monkeypatch.setattr(secrets, "_SESSION", {})
    with pytest.raises(secrets.KeyringUnavailable):
        smtp.password()


def test_demo_data_for_a_trial(db) -> None:  # type: ignore[no-untyped-def]
    users = use_demo_data(db, 12)
    assert ("admin", "AB", "admin-demo") in users
    with db.read() as s:
        assert get_company(s).name == "Autohaus Rheinblick GmbH"
    assert not needs_first_start(db)


def test_last_active_admin_cannot_remove_himself(db, users) -> None:  # type: ignore[no-untyped-def]
    admin = users["ada"]
    with pytest.raises(ValidationError, match="administrator"):
        update_user(db, admin.actor(), admin.id, roles=["clerk"], approval_limit=Decimal(0),
                    active=True)
    info = update_user(db, admin.actor(), users["rolf"].id, roles=["admin", "clerk"],
                       approval_limit=Decimal("500"), active=True, password="neues-passwort")
    assert info.roles == ("admin", "clerk")
    assert authenticate(db, "rolf", "neues-passwort").approval_limit == Decimal("500")
    update_user(db, admin.actor(), admin.id, roles=["clerk"], approval_limit=Decimal(0),
                active=True)  # now someone else is admin
    with pytest.raises(ActionRefused):
        update_user(db, users["clara"].actor(), users["clara"].id, roles=["admin"],
                    approval_limit=Decimal(0), active=True)
    assert Actor.system().is_system

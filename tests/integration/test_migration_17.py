"""The upgrade repairs what the old code left: e-mails failed for a missing sender are held
again (their cases back from *Send failed*), duplicate pending e-mails are withdrawn, credit
notes stop being overdue or paid; the history rows it writes are hash-chained like every other
(both databases, real migrations down and up)."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from alembic import command
from sqlalchemy import select, text

from invoicedesk.services.audit_trail import verify_audit_trail
from invoicedesk.store.migrate import alembic_config
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.config import FilterPreset
from invoicedesk.store.models.credits import CreditSettlement
from invoicedesk.store.models.outbox import OutboxMessage

_IDS = itertools.count(1)
OLD_FAILURE = (
    "the e-mail cannot be built: The SMTP settings have no sender address; "
    "set 'from' (e.g. rechnung@firma.de)."
)


def _migrate(db, target: str, down: bool = False) -> None:  # type: ignore[no-untyped-def]
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _case(conn, number: str, status: str, kind: str = "invoice", **extra) -> int:  # type: ignore[no-untyped-def]
    values = {"direction": "out", "kind": kind, "status": status, "active": True,
              "pending_action": "none", "number": number, "party_name": "Kunde",
              "search_text": "", "currency": "EUR", "net": 10000, "tax": 1900, "gross": 11900,
              "paid_amount": 0, "payment_status": "unpaid", "reverse_charge": False,
              "delivered": False, "booked": False, "language": "de",
              "payment_reference_valid": True, "payment_terms": "", "notes": "",
              "created_at": "2026-11-02 10:00:00", "updated_at": "2026-11-02 10:00:00",
              "version": 1, **extra}  # fmt: skip
    names = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    conn.execute(text(f"INSERT INTO cases ({names}) VALUES ({marks})"), values)
    return int(conn.execute(text("SELECT max(id) FROM cases")).scalar_one())


def _mail(conn, case_id: int, status: str, last_error: str | None = None) -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        text(
            "INSERT INTO outbox (case_id, kind, message_id, to_addrs, cc_addrs, subject, "
            "body_text, attachments, status, attempts, next_attempt_at, fence, last_error, "
            "created_at) VALUES (:c, 'invoice', :mid, '[\"a@b.example\"]', '[]', 'Rechnung', "
            "'x', '[]', :st, 1, '2026-11-02 10:00:00', 1, :err, '2026-11-02 10:00:00')"
        ),
        {"c": case_id, "mid": f"<{next(_IDS)}@x>", "st": status, "err": last_error},
    )


def test_upgrade_releases_settings_failures_and_fixes_credit_notes(db) -> None:  # type: ignore[no-untyped-def]
    _migrate(db, "16b", down=True)  # the head before issue 17
    with db.engine.begin() as conn:
        failed = _case(conn, "RE-1", "send_failed", error_message="e-mail failed")
        _mail(conn, failed, "failed", OLD_FAILURE)
        resent = _case(conn, "RE-2", "sent")  # failed for the sender, later sent another way
        _mail(conn, resent, "failed", OLD_FAILURE)
        _mail(conn, resent, "sent")
        refused = _case(conn, "RE-3", "send_failed")  # the server refused it: stays failed
        _mail(conn, refused, "failed", "550 5.1.1 no such user")
        twice = _case(conn, "RE-4", "issued")  # the old Send queued a second e-mail
        _mail(conn, twice, "pending")
        _mail(conn, twice, "pending")
        overdue_credit = _case(conn, "GS-1", "overdue", kind="credit_note")
        paid_credit = _case(conn, "GS-2", "paid", kind="credit_note", payment_status="paid",
                            paid_on=date(2026, 11, 20))  # fmt: skip
        conn.execute(text(
            "INSERT INTO filter_presets (owner_id, name, filters, position) VALUES "
            "(NULL, 'Bookable', :f, 1)"
        ), {"f": '{"direction": "out", "statuses": ["paid"], "booked": false}'})  # fmt: skip
    _migrate(db, "heads")
    with db.read() as s:
        mails = {
            (r.case_id, r.status, r.hold_reason)
            for r in s.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        }
        cases = {c.id: c for c in s.scalars(select(Case))}
        history = {h.case_id: h for h in s.scalars(select(StatusHistory))}
        refund = s.scalars(select(CreditSettlement)).one()
        assert mails == {
            (failed, "held", "no_sender"),
            (resent, "failed", None),
            (resent, "sent", None),
            (refused, "failed", None),
            (twice, "pending", None),
            (twice, "canceled", None),
        }
        assert (cases[failed].status, cases[failed].error_message) == ("issued", None)
        assert cases[failed].version == 2 and history[failed].action == "mail_held"
        assert cases[refused].status == "send_failed" and refused not in history
        assert cases[overdue_credit].status == "sent"
        assert cases[overdue_credit].payment_status == "credit"
        assert cases[overdue_credit].pending_action == "settle"
        assert (cases[paid_credit].status, cases[paid_credit].payment_status) == (
            "settled", "settled"
        )
        assert (refund.credit_case_id, refund.method, refund.settled_on, refund.amount) == (
            paid_credit, "refund", date(2026, 11, 20), Decimal("119.00")
        )
        assert history[paid_credit].to_status == "settled"
        bookable = s.scalar(select(FilterPreset.filters).where(FilterPreset.name == "Bookable"))
        # 17b added settled credit notes; 20b (payments to book) made it the ``bookable`` rule
        assert bookable == {"bookable": True}
    # the history rows the upgrade wrote are linked into the audit chains (migration 16a)
    report = verify_audit_trail(db)
    assert report.ok and report.rows["status_history"] == 3

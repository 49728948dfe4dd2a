"""The dispatcher: sends due outbox e-mails exactly once, whichever workstations run one.

One pass (:meth:`Dispatcher.run_once`):

1. **Claim** (one transaction): expired claims that never reached the mail server go back to
   ``pending``; e-mails found in ``sending`` with an expired lease become ``needs_review``; then
   up to ``batch`` due rows are locked (PostgreSQL ``FOR UPDATE SKIP LOCKED``; SQLite's write
   transaction is exclusive), set to ``claimed`` with our ``lease_owner``, a ``lease_until`` and
   ``fence + 1``, and committed.
2. **Send** over one SMTP connection. Just before a message is handed over, its row moves
   ``claimed -> sending`` in a committed transaction that also checks the fence and that the
   lease has not run out (and renews it). A row that fails this check is skipped.
3. **Verdict** (one transaction per message, the case locked before the row): if the row still
   is ``sending`` with our fence, :mod:`invoicedesk.services.mail.events` records the
   outcome.

**Held, not failed.** When the mail server cannot be used - no settings, no sender, no
password, the login or our sender refused, the server unreachable - the claimed rows are given
back as ``held`` with the reason (:mod:`invoicedesk.mail.hold`) and claimed again after a
while (or at once when the settings are saved); nothing is marked failed for a problem of the
settings. Only the server's permanent refusal of one message fails it.

**Guarantee.** An e-mail is handed to the server only by the one dispatcher that committed its
``sending`` marker with the current fence, and a row in ``sending`` never returns to ``pending``
without a verdict, so no e-mail is sent twice. A row whose dispatcher vanished is recovered after
its lease: still ``claimed`` (provably never handed over) -> ``pending`` and sent by someone
else; ``sending`` (fate unknown) -> ``needs_review`` for a clerk. So no e-mail is lost either.
The only unknown window is between the ``sending`` commit and the recorded verdict; a crash
there (or a connection lost after the whole message was written) gives ``needs_review``.
Leases are compared with the database server's clock on PostgreSQL, so workstation clocks may
disagree; a message must take less than ``lease_s`` to hand over (the SMTP timeout is shorter).

**Lanes.** A pass may send its claimed rows over several connections at once (``lanes``: each
lane a thread of the pass with its own SMTP connection and its own database transactions,
joined before the pass ends). Each lane keeps the rule above for itself, so a crash leaves at
most **one message of unknown fate per lane** — ``lanes`` per dispatcher — as ``needs_review``;
exactly once is unchanged (the fence). The point is the durable commit per message (a WAL
flush, several milliseconds on PostgreSQL): while one lane waits for it, another talks SMTP.
Default: :func:`default_lanes` (3 on PostgreSQL, 1 on SQLite, whose writers queue anyway).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, Update, func, select, update
from sqlalchemy.orm import Session, lazyload

from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.mail.compose import build_envelope
from invoicedesk.mail.hold import hold_code, recheck_after
from invoicedesk.mail.settings import SmtpSettings, load_smtp_settings
from invoicedesk.mail.smtp import ConnectionFailed, SmtpSession, Verdict
from invoicedesk.mail.stats import DispatchStats
from invoicedesk.services.mail import events
from invoicedesk.services.mail.still_wanted import withdraw_unwanted
from invoicedesk.store.database import Database, owner_id
from invoicedesk.store.database import db_now as _db_now
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Blob
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.types import utcnow

log = logging.getLogger(__name__)
IN_FLIGHT = ("claimed", "sending")
#: rows a pass may claim once due: new ones and those waiting for a usable mail server
CLAIMABLE = ("pending", "held")
_OUTBOX = cast(Table, OutboxMessage.__table__)
__all__ = [
    "DispatchStats",
    "Dispatcher",
    "deal_lanes",
    "default_lanes",
    "default_owner_id",
    "next_due_time",
]
#: sending connections per pass on PostgreSQL (each one may leave one unknown fate on a crash)
POSTGRESQL_LANES = 3


def default_lanes(db: Database) -> int:
    """Sending lanes of one pass: :data:`POSTGRESQL_LANES` on PostgreSQL, where one lane's
    commit waits for the disk while another talks SMTP; 1 on SQLite (one writer at a time)."""
    return POSTGRESQL_LANES if db.engine.dialect.name == "postgresql" else 1


def default_owner_id() -> str:
    """``host:pid:random`` - unique per dispatcher, readable in the outbox."""
    return owner_id()


def _lock_case(session: Session, case_id: int | None) -> None:
    """Lock and load the case row first (the order every action uses: case, then its e-mails).

    The loaded case is registered with
    :func:`invoicedesk.services.mail.events.mark_locked`,
    so recording the verdict finds it in the session instead of selecting it again.
    """
    if case_id is not None:
        case = session.scalar(
            select(Case).where(Case.id == case_id).options(lazyload(Case.lines)).with_for_update()
        )
        if case is not None:
            events.mark_locked(session, case)


def next_due_time(db: Database) -> datetime | None:
    """When the next pass has something to do: an e-mail falls due or a lease runs out."""
    with db.read() as s:
        due = s.scalar(
            select(func.min(OutboxMessage.next_attempt_at)).where(
                OutboxMessage.status.in_(CLAIMABLE)
            )
        )
        lease = s.scalar(
            select(func.min(OutboxMessage.lease_until)).where(OutboxMessage.status.in_(IN_FLIGHT))
        )
    stamps = [t for t in (due, lease) if t is not None]
    return min(stamps) if stamps else None


def deal_lanes(rows: list[OutboxMessage], lanes: int) -> list[list[OutboxMessage]]:
    """Deal the claimed rows (in due order) to at most ``lanes`` lanes: every message of one
    case goes to the lane of its case's first message, so a customer gets a case's mails in
    the order they were queued (a resent invoice before the notice written after it); a new
    case goes to the lane with the fewest messages so far. Rows without a case (tests, system
    mails) are grouped by their recipients in the same way."""
    count = max(1, min(lanes, len(rows)))
    parts: list[list[OutboxMessage]] = [[] for _ in range(count)]
    lane_of: dict[object, int] = {}
    for row in rows:
        key: object = (
            ("case", row.case_id)
            if row.case_id is not None
            else ("to", tuple(sorted(row.to_addrs or ())))
        )
        lane = lane_of.get(key)
        if lane is None:
            lane = min(range(count), key=lambda i: len(parts[i]))
            lane_of[key] = lane
        parts[lane].append(row)
    return [part for part in parts if part]


class Dispatcher:
    """Claims, sends and records due e-mails; one per workstation thread or headless process."""

    def __init__(
        self,
        db: Database,
        settings: SmtpSettings | None = None,
        owner_id: str | None = None,
        lease_s: float = 120,
        batch: int = 50,
        lanes: int | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.owner_id = (owner_id or default_owner_id())[:100]
        self.lease = timedelta(seconds=lease_s)
        self.batch = batch
        #: connections a pass sends over at once (at most one unknown fate each after a crash)
        self.lanes = default_lanes(db) if lanes is None else max(1, lanes)
        self.stop_event = threading.Event()

    # -- one pass ------------------------------------------------------------------------
    def run_once(self, now: datetime | None = None) -> DispatchStats:
        """Recover expired leases, claim due e-mails, send them and record the verdicts.

        ``now`` fixes the clock for the whole pass (tests); by default the database's clock.
        """
        stats = DispatchStats()
        with self.db.read() as s:
            base = now or _db_now(s)
        started = time.monotonic()

        def clock() -> datetime:
            return base if now is not None else base + timedelta(seconds=time.monotonic() - started)

        self._recover(clock(), stats)
        rows = self._claim(clock(), stats)
        if not rows:
            return stats
        try:
            settings = self.settings or self._load_settings()
            settings.sender_address  # noqa: B018 - raises when the settings name no sender
        except InvoiceDeskError as exc:
            stats.error = str(exc)
            self._hold(rows, hold_code(exc), str(exc), clock(), stats)
            return stats
        self._send_lanes(rows, settings, clock, stats)
        return stats

    def _load_settings(self) -> SmtpSettings:
        with self.db.read() as s:
            return load_smtp_settings(s)

    def _recover(self, now: datetime, stats: DispatchStats) -> None:
        """Expired claims back to pending; expired ``sending`` rows to needs_review."""
        with self.db.write() as s:
            result = s.execute(
                update(OutboxMessage)
                .where(OutboxMessage.status == "claimed", OutboxMessage.lease_until < now)
                .values(
                    status="pending",
                    fence=OutboxMessage.fence + 1,
                    lease_owner=None,
                    lease_until=None,
                    last_error="claim expired before sending; queued again",
                )
                .execution_options(synchronize_session=False)
            )
            stats.recovered += result.rowcount or 0  # type: ignore[attr-defined]
            stuck = list(
                s.execute(
                    select(OutboxMessage.id, OutboxMessage.case_id).where(
                        OutboxMessage.status == "sending", OutboxMessage.lease_until < now
                    )
                )
            )
        for outbox_id, case_id in stuck:
            with self.db.write() as s:
                _lock_case(s, case_id)
                row = s.scalar(
                    select(OutboxMessage)
                    .where(
                        OutboxMessage.id == outbox_id,
                        OutboxMessage.status == "sending",
                        OutboxMessage.lease_until < now,
                    )
                    .with_for_update(skip_locked=True)
                )
                if row is not None:
                    reason = f"the dispatcher {row.lease_owner} stopped while sending"
                    events.on_interrupted(s, row, reason, now=now)
                    stats.needs_review += 1

    def _claim(self, now: datetime, stats: DispatchStats) -> list[OutboxMessage]:
        with self.db.write() as s:
            rows = list(
                s.scalars(
                    select(OutboxMessage)
                    .where(
                        OutboxMessage.status.in_(CLAIMABLE), OutboxMessage.next_attempt_at <= now
                    )
                    .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                    .limit(self.batch)
                    .with_for_update(skip_locked=True)
                )
            )
            rows = withdraw_unwanted(s, rows)  # reminders of invoices paid meanwhile
            for row in rows:
                row.status = "claimed"
                row.lease_owner = self.owner_id
                row.lease_until = now + self.lease
                row.fence += 1
        stats.claimed = len(rows)
        return rows

    def _blobs(self, rows: list[OutboxMessage]) -> dict[str, bytes]:
        wanted = {str(a["sha256"]) for r in rows for a in r.attachments}
        if not wanted:
            return {}
        with self.db.read() as s:
            rows_ = s.execute(select(Blob.sha256, Blob.content).where(Blob.sha256.in_(wanted)))
            return {sha: content for sha, content in rows_}

    # -- sending ---------------------------------------------------------------------------
    def _send_lanes(
        self,
        rows: list[OutboxMessage],
        settings: SmtpSettings,
        clock: Callable[[], datetime],
        stats: DispatchStats,
    ) -> None:
        """Send the claimed rows over up to ``lanes`` connections at once (:func:`deal_lanes`:
        the messages of one case stay in one lane, in their due order), each lane with its own
        stats; wait for every lane, then add them up. A lane's error is raised once all lanes
        have ended (each gave its rows back)."""
        blobs = self._blobs(rows)
        parts = deal_lanes(rows, self.lanes)
        if len(parts) <= 1:
            self._send_all(rows, settings, blobs, clock, stats)
            return
        count = len(parts)
        lane_stats = [DispatchStats() for _ in parts]
        with ThreadPoolExecutor(count, thread_name_prefix="dispatch-lane") as lanes:
            futures = [
                lanes.submit(self._send_all, part, settings, blobs, clock, part_stats)
                for part, part_stats in zip(parts, lane_stats, strict=True)
            ]
        for part_stats in lane_stats:
            stats.add(part_stats)
        for future in futures:
            future.result()  # the first lane's exception, if any

    def _send_all(
        self,
        rows: list[OutboxMessage],
        settings: SmtpSettings,
        blobs: dict[str, bytes],
        clock: Callable[[], datetime],
        stats: DispatchStats,
    ) -> None:
        """Send claimed rows over one connection (one lane), one transaction per message.

        Each transaction records the verdict of the previous message and commits the
        ``sending`` marker of the next one, so a lane never has more than one message whose
        fate a crash could leave unknown.
        """
        smtp = SmtpSession(settings)
        todo = list(rows)
        done: tuple[OutboxMessage, Verdict] | None = None
        hold: str | None = None
        try:
            while todo and not self.stop_event.is_set():
                if not smtp.is_open:
                    try:
                        smtp.open()
                    except ConnectionFailed as exc:
                        stats.error, hold = str(exc), exc.hold
                        break
                row = todo.pop(0)
                try:
                    envelope = build_envelope(row, settings, blobs)
                except (KeyError, InvoiceDeskError, ValueError) as exc:
                    self._step(done, None, clock(), stats)
                    done = None
                    self._step((row, _broken(exc)), None, clock(), stats)
                    continue
                marked = self._step(done, row, clock(), stats)
                done = None
                if not marked:
                    stats.lost += 1
                    continue
                done = (row, smtp.send(envelope))
                if done[1].hold:  # the server refuses our sender: the same for every e-mail
                    stats.error, hold = done[1].reason, done[1].hold
                    break
        finally:
            smtp.close()
            if done is not None:
                self._step(done, None, clock(), stats)
            if todo and hold is not None:
                self._hold(todo, hold, stats.error or "", clock(), stats)
            elif todo:
                self._release(todo, stats)

    def _step(
        self,
        done: tuple[OutboxMessage, Verdict] | None,
        nxt: OutboxMessage | None,
        now: datetime,
        stats: DispatchStats,
    ) -> bool:
        """One transaction: record ``done``'s verdict, then mark ``nxt`` as being sent.

        Returns True when ``nxt`` was still ours (fence and lease) and may be handed over.
        The common case (``done`` accepted) costs, on PostgreSQL, one statement to lock the
        case, one for both outbox rows (the verdict of ``done`` behind its fence check and the
        ``sending`` marker of ``nxt``), the case's update and its history row.
        """
        with self.db.write() as s:
            if done is not None and done[1].accepted:
                return self._record_accepted(s, done[0], done[1], nxt, now, stats)
            if done is not None:
                self._record(s, done[0], done[1], now, stats)
            if nxt is None:
                return False
            # a Core statement on the table: no ORM bookkeeping on the per-message path
            result = s.connection().execute(self._marker(nxt, now))
            return bool(result.rowcount)

    def _marker(self, nxt: OutboxMessage, now: datetime) -> Update:
        """``claimed -> sending`` of ``nxt`` if its fence and lease are still ours."""
        return (
            update(_OUTBOX)
            .where(
                _OUTBOX.c.id == nxt.id,
                _OUTBOX.c.fence == nxt.fence,
                _OUTBOX.c.status == "claimed",
                _OUTBOX.c.lease_until > now,
            )
            .values(status="sending", lease_until=now + self.lease)
        )

    def _record_accepted(
        self,
        s: Session,
        row: OutboxMessage,
        verdict: Verdict,
        nxt: OutboxMessage | None,
        now: datetime,
        stats: DispatchStats,
    ) -> bool:
        """Record an accepted e-mail (and mark ``nxt``); True when ``nxt`` may be handed over.

        The verdict's UPDATE matches only while the row is still in flight with our fence
        (every take-over raises the fence), so it is the fence check itself; the case row is
        locked before it, as every action does (case, then its e-mails).
        """
        _lock_case(s, row.case_id)
        values, comment = events.accepted_values(
            row, response=verdict.reason, refused=verdict.refused, now=now
        )
        verdict_stmt = (
            update(_OUTBOX)
            .where(
                _OUTBOX.c.id == row.id,
                _OUTBOX.c.fence == row.fence,
                _OUTBOX.c.status.in_(IN_FLIGHT),
            )
            .values(**values)
        )
        conn = s.connection()
        if nxt is not None and conn.dialect.name == "postgresql":
            # both outbox rows in one round trip: two data-modifying CTEs, counted
            done_cte = verdict_stmt.returning(_OUTBOX.c.id).cte("done_row")
            next_cte = self._marker(nxt, now).returning(_OUTBOX.c.id).cte("next_row")
            counts = select(
                select(func.count()).select_from(done_cte).scalar_subquery(),
                select(func.count()).select_from(next_cte).scalar_subquery(),
            )
            still_ours, marked = conn.execute(counts).one()
        else:
            still_ours = conn.execute(verdict_stmt).rowcount
            marked = conn.execute(self._marker(nxt, now)).rowcount if nxt is not None else 0
        if not still_ours:
            log.warning("outbox %s was taken over before its verdict was recorded", row.id)
            stats.lost += 1
        else:
            events.record_accepted(s, row, comment, now)
            stats.sent += 1
        return bool(marked)

    def _record(
        self, s: Session, row: OutboxMessage, verdict: Verdict, now: datetime, stats: DispatchStats
    ) -> None:
        """Record a refusal or an unknown fate if the row still carries our fence."""
        _lock_case(s, row.case_id)
        # the fence check doubles as the row lock: a no-op UPDATE that matches only while the
        # row is still in flight with our fence (every take-over raises the fence)
        still_ours = (
            s.connection()
            .execute(
                update(_OUTBOX)
                .where(
                    _OUTBOX.c.id == row.id,
                    _OUTBOX.c.fence == row.fence,
                    _OUTBOX.c.status.in_(IN_FLIGHT),
                )
                .values(fence=_OUTBOX.c.fence)
            )
            .rowcount
        )
        if not still_ours:
            log.warning("outbox %s was taken over before its verdict was recorded", row.id)
            stats.lost += 1
            return
        # the row is locked and unchanged since our claim except for the ``sending`` marker,
        # so the claimed copy stands in for a fresh load (only changed columns are written)
        current = s.merge(row, load=False)
        if verdict.hold:
            events.on_held(s, current, verdict.hold, verdict.reason, now=now)
            stats.held += 1
        elif verdict.accepted:
            events.on_accepted(
                s, current, response=verdict.reason, refused=verdict.refused, now=now
            )
            stats.sent += 1
        elif verdict.fate_unknown:
            events.on_interrupted(s, current, verdict.reason, now=now)
            stats.needs_review += 1
        else:
            events.on_failed(s, current, verdict.reason, verdict.permanent, now=now)
            if current.status == "failed":
                stats.failed += 1
            else:
                stats.retried += 1

    def _release(self, rows: list[OutboxMessage], stats: DispatchStats) -> None:
        """Give claimed rows back at shutdown; they were never handed over."""
        stats.released += self._give_back(rows, {"status": "pending"})

    def _hold(
        self,
        rows: list[OutboxMessage],
        code: str,
        reason: str,
        now: datetime,
        stats: DispatchStats,
    ) -> None:
        """Claimed rows wait for a usable mail server (``code``); tried again after a while."""
        values: dict[str, object] = {
            "status": "held",
            "hold_reason": code,
            "last_error": reason[:2000],
            "next_attempt_at": now + recheck_after(code),
        }
        stats.held += self._give_back(rows, values)

    def _give_back(self, rows: list[OutboxMessage], values: dict[str, object]) -> int:
        """Rows still claimed by us (fence unchanged) leave the claim with ``values``."""
        values = {**values, "lease_owner": None, "lease_until": None}
        values["fence"] = OutboxMessage.fence + 1
        count = 0
        with self.db.write() as s:
            for row in rows:
                result = s.execute(
                    update(OutboxMessage)
                    .where(
                        OutboxMessage.id == row.id,
                        OutboxMessage.fence == row.fence,
                        OutboxMessage.status == "claimed",
                    )
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
                count += result.rowcount or 0  # type: ignore[attr-defined]
        return count

    # -- loop ------------------------------------------------------------------------------
    def run_forever(
        self,
        stop_event: threading.Event,
        interval: float = 30.0,
        on_pass: Callable[[DispatchStats], None] | None = None,
    ) -> None:
        """Run passes until ``stop_event`` is set; wake early when something falls due.

        A pass that filled its batch is followed at once by the next. Database and settings
        problems are reported through ``on_pass`` (``stats.error``) and retried next interval.
        """
        self.stop_event = stop_event
        while not stop_event.is_set():
            try:
                stats = self.run_once()
            except InvoiceDeskError as exc:
                stats = DispatchStats(error=str(exc))
            if on_pass is not None:
                on_pass(stats)
            if stats.claimed >= self.batch and not stats.error:
                continue
            stop_event.wait(self._sleep_time(interval))

    def _sleep_time(self, interval: float) -> float:
        try:
            due = next_due_time(self.db)
        except InvoiceDeskError:
            return interval
        if due is None:
            return interval
        return max(0.05, min(interval, (due - utcnow()).total_seconds() + 0.05))


def _broken(exc: Exception) -> Verdict:
    """A row that cannot even be composed (a missing attachment): permanent failure."""
    return Verdict(accepted=False, reason=f"the e-mail cannot be built: {exc}", permanent=True)

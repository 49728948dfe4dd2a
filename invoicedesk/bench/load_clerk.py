"""One simulated workstation of ``invoicedesk bench load``: a clerk and the workstation's
scheduler, in a process of its own.

Headless, through the code paths the GUI takes: the desk's query layer
(:func:`~invoicedesk.store.case_query.fetch_page` and :func:`count_rows`, as
``gui/desk/case_model`` calls them), the detail pane's service
(:func:`~invoicedesk.services.cases.details.load_case_details` with
:func:`case_decisions` for its actions), and the services the dialogs call (draft editor,
*Send*, import, *Check*/*Approve*, *Mark paid*, *Export CSV…*). The scheduler is the GUI
scheduler's wake-up (:func:`invoicedesk.gui.contracts.scheduler.check` does the same:
:func:`run_pass` when something is due) on a thread, with the due times read from the
database. Qt itself (painting, event loop) is not part of it.
"""

from __future__ import annotations

import random
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from invoicedesk.domain.errors import ConflictError, InvoiceDeskError
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.store.case_query import CaseFilter, count_rows, fetch_page
from invoicedesk.store.database import Database, DatabaseUnavailable

#: relative frequency of each action in a clerk's day (reads are most of it)
MIX = {
    "desk": 10,
    "filter": 14,
    "search": 14,
    "detail": 20,
    "save_draft": 12,
    "new_draft": 3,
    "issue": 6,
    "intake": 4,
    "approve": 9,
    "mark_paid": 5,
    "export": 3,
}
#: clerks pick among the first rows of a list: where two clerks meet on one case
PICK_FROM = 40
SEARCHES = ("gmbh", "brandt", "RE-2026", "bau", "müller", "service", "ag", "van")


@dataclass(frozen=True)
class Plan:
    """What one workstation does."""

    index: int
    url: str
    login: str
    password: str
    seconds: float
    think_s: float
    seed: int


class _Skip(Exception):
    """Nothing to do for this action now (e.g. no draft left in the list)."""


class Clerk:
    """The clerk's actions, each one the calls the GUI makes for it."""

    def __init__(self, plan: Plan, db: Database, actor: Actor, parser: Any, folder: Path) -> None:
        self.plan, self.db, self.actor, self.parser = plan, db, actor, parser
        self.rng = random.Random(plan.seed)
        self.folder = folder
        self.saves: list[tuple[int, int, str]] = []  # (case, version after, marker)
        self.seq = 0
        self.wake = threading.Event()

    # -- picking a case as a clerk does: from the desk's list ------------------------------
    def _pick(self, flt: CaseFilter) -> int:
        with self.db.read() as s:
            rows = fetch_page(s, flt, limit=PICK_FROM)
        if not rows:
            raise _Skip
        return int(self.rng.choice(rows).id)

    def _page(self, flt: CaseFilter) -> None:
        with self.db.read() as s:
            fetch_page(s, flt)
        with self.db.read() as s:  # the model's count runs after the first page
            count_rows(s, flt)

    # -- reading -----------------------------------------------------------------------------
    def desk(self) -> None:
        """The desk's first page and its count (start, F5)."""
        self._page(CaseFilter())

    def filter(self) -> None:
        """A sidebar filter: a status list of one direction."""
        direction, statuses = self.rng.choice(
            [("out", ["sent", "overdue"]), ("in", ["ready", "edited"]), ("out", ["draft"]),
             ("in", ["checked", "approved"]), ("out", ["paid"])]
        )  # fmt: skip
        self._page(CaseFilter(direction=direction, statuses=statuses))

    def search(self) -> None:
        """The search field (number or party)."""
        self._page(CaseFilter(search=self.rng.choice(SEARCHES)))

    def detail(self) -> None:
        """Open a case's detail pane with the actions the user may take."""
        from invoicedesk.services.cases.authorize import case_decisions
        from invoicedesk.services.cases.details import load_case_details

        with self.db.read() as s:
            rows = fetch_page(s, CaseFilter(), offset=self.rng.randrange(0, 2000), limit=20)
        if not rows:
            raise _Skip
        case_id = int(self.rng.choice(rows).id)
        load_case_details(self.db, case_id)
        case_decisions(self.db, self.actor, case_id)

    def export(self) -> None:
        """*Export CSV…* of a filtered list."""
        from invoicedesk.services.cases.export import export_cases_csv

        flt = CaseFilter(direction="out", statuses=["overdue"], search=self.rng.choice(SEARCHES))
        export_cases_csv(self.db, self.actor, self.folder / "export.csv", flt=flt)

    # -- writing -----------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Open a draft in the editor, change it, save it with the version it was opened at."""
        from invoicedesk.services.outgoing.drafts import get_draft, update_draft

        view = get_draft(self.db, self._pick(CaseFilter(direction="out", statuses=["draft"])))
        self.seq += 1
        marker = f"bench-load ws{self.plan.index} #{self.seq}"
        data = replace(view.data, notes=marker)
        result = update_draft(
            self.db, self.actor, view.case_id, data, expected_version=view.version
        )
        self.saves.append((view.case_id, result.version, marker))

    def new_draft(self) -> None:
        """*New invoice*: a draft for the customer of another draft, with its lines."""
        from invoicedesk.services.outgoing.drafts import create_draft, get_draft

        view = get_draft(self.db, self._pick(CaseFilter(direction="out", statuses=["draft"])))
        create_draft(self.db, self.actor, replace(view.data, notes=""))

    def issue(self) -> None:
        """*Send* a draft: number, PDF, e-mail in the outbox; the scheduler sends it."""
        from invoicedesk.services.outgoing.drafts import get_draft
        from invoicedesk.services.outgoing.issuing import issue_invoice

        view = get_draft(self.db, self._pick(CaseFilter(direction="out", statuses=["draft"])))
        issue_invoice(self.db, self.actor, view.case_id, expected_version=view.version)
        self.wake.set()

    def intake(self) -> None:
        """Import one small supplier PDF: case, sandboxed read-out, *Ready* or *Error*."""
        from invoicedesk.services.demo.pdf import sample_pdf
        from invoicedesk.services.incoming.intake import take_in

        self.seq += 1
        number = f"LOAD-{self.plan.index}-{self.seq}-{self.plan.seed}"
        pdf = sample_pdf("Rechnung", number, self.plan.seed + self.seq)
        take_in(self.db, self.actor, [(f"{number}.pdf", pdf)], self.parser)

    def approve(self) -> None:
        """*Check* or *Approve* (or finish the edit) an incoming case, as the rules allow."""
        from invoicedesk.services.cases.actions import perform_action
        from invoicedesk.services.cases.authorize import case_decisions

        case_id = self._pick(CaseFilter(direction="in", statuses=["ready", "edited", "checked"]))
        decisions = case_decisions(self.db, self.actor, case_id)
        wanted = (Action.APPROVE, Action.CHECK, Action.FINISH_EDIT)
        allowed = [a for a in wanted if (d := decisions.decision(a)) is not None and d.allowed]
        if not allowed:
            raise _Skip
        perform_action(self.db, self.actor, case_id, allowed[0], expected_version=decisions.version)

    def mark_paid(self) -> None:
        """*Mark paid* on a sent or overdue invoice."""
        from invoicedesk.services.cases.actions import perform_action
        from invoicedesk.services.cases.authorize import case_decisions

        case_id = self._pick(CaseFilter(direction="out", statuses=["sent", "overdue"]))
        decisions = case_decisions(self.db, self.actor, case_id)
        decision = decisions.decision(Action.MARK_PAID)
        if decision is None or not decision.allowed:
            raise _Skip
        perform_action(
            self.db, self.actor, case_id, Action.MARK_PAID, expected_version=decisions.version
        )


def run(plan: Plan, ready: Any, go: Any, results: Any) -> None:
    """Process entry: log in, start the scheduler, report ready, wait for ``go``, act until
    the time is up, stop, and put the figures on ``results``."""
    from invoicedesk.bench.load_scheduler import SchedulerThread
    from invoicedesk.documents.intake.sandbox import ParserPool
    from invoicedesk.services import wiring
    from invoicedesk.services.settings.users import authenticate
    from invoicedesk.store.database import TRANSIENT_RETRIES

    wiring.install()
    db = Database(plan.url, pool_size=3)
    actor = authenticate(db, plan.login, plan.password).actor()
    times: dict[str, list[float]] = defaultdict(list)
    outcome: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    faults: list[str] = []
    refusals: list[str] = []
    with ParserPool(1, warm_up=True) as parser, tempfile.TemporaryDirectory() as folder:
        clerk = Clerk(plan, db, actor, parser, Path(folder))
        scheduler = SchedulerThread(db, clerk.wake)
        scheduler.start()
        ready.put(plan.index)
        go.wait()
        deadline = time.monotonic() + plan.seconds
        names, weights = list(MIX), list(MIX.values())
        while time.monotonic() < deadline:
            name = clerk.rng.choices(names, weights)[0]
            started = time.perf_counter()
            try:
                getattr(clerk, name)()
                kind = "ok"
            except _Skip:
                kind = "skipped"
            except ConflictError:
                kind = "conflict"
            except DatabaseUnavailable as exc:
                kind = "db_error"
                errors.append(f"{name}: {exc}")
            except InvoiceDeskError as exc:
                kind = "refused"
                refusals.append(f"{name}: {exc}")
            except DBAPIError as exc:  # a raw driver error surfacing is what this counts
                kind = "db_error"
                errors.append(f"{name}: {type(exc).__name__}: {exc}")
            except Exception as exc:  # a fault of the benchmark or the application
                kind = "error"
                faults.append(f"{name}: {type(exc).__name__}: {exc}")
            ms = (time.perf_counter() - started) * 1000
            outcome[kind] += 1
            if kind != "skipped":
                times[name].append(ms)
            pause = clerk.rng.expovariate(1 / plan.think_s) if plan.think_s > 0 else 0
            time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
        scheduler.stop()
    results.put(
        {
            "index": plan.index,
            "times": dict(times),
            "outcome": dict(outcome),
            "errors": errors + scheduler.errors,
            "faults": faults,
            "refusals": refusals[:10],
            "saves": clerk.saves,
            "retries": TRANSIENT_RETRIES.count,
            "passes": scheduler.passes,
        }
    )
    db.dispose()

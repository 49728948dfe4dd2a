"""``invoicedesk case act|actions``: take a workflow action as a user, or ask which he may take.

The same rules as in the window: ``case actions CASE_ID --as LOGIN`` lists every action of the
case with the reason when it is refused; ``case act CASE_ID ACTION --as LOGIN`` takes one. A
refusal is one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from invoicedesk.cli.acting import acting_user, refusals_exit_2
from invoicedesk.cli.context import print_json
from invoicedesk.domain.enums import status_label
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import ACTION_LABELS, SYSTEM_ACTIONS, Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.authorize import case_decisions
from invoicedesk.startup import open_database

#: actions that open an editor in the window; nothing to do for them here
EDITORS = frozenset({Action.EDIT, Action.EDIT_DRAFT})
CHOICES = sorted(a.value for a in Action if a not in SYSTEM_ACTIONS and a not in EDITORS)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``case`` command group."""
    case = sub.add_parser("case", help="take workflow actions on a case", parents=[common])
    case_sub = case.add_subparsers(title="case commands", metavar="COMMAND", required=True)
    act = case_sub.add_parser(
        "act", help="take an action on a case (needs --as LOGIN)", parents=[common]
    )
    act.add_argument("case_id", type=int, metavar="CASE_ID")
    act.add_argument("action", metavar="ACTION", help=f"one of {', '.join(CHOICES)}")
    act.add_argument("--comment", help="the reason (reject and cancel need one)")
    act.set_defaults(handler=refusals_exit_2(_act))
    actions = case_sub.add_parser(
        "actions", help="what the user may do with a case, and why not", parents=[common]
    )
    actions.add_argument("case_id", type=int, metavar="CASE_ID")
    actions.add_argument("--json", action="store_true", help="print JSON")
    actions.set_defaults(handler=_actions)


def _action(text: str) -> Action:
    code = text.strip().lower().replace("-", "_")
    if code not in CHOICES:
        raise ValidationError(f"Unknown action {text!r}; use one of {', '.join(CHOICES)}.")
    return Action(code)


def _act(args: argparse.Namespace) -> int:
    action = _action(args.action)
    db = open_database(args)
    actor = acting_user(args, db, required=True)
    assert actor is not None
    result = perform_action(db, actor, args.case_id, action, args.comment)
    print(
        f"Case {result.case_id}: {ACTION_LABELS[action]} done, status "
        f"{status_label(result.status)} (version {result.version})."
    )
    return 0


def _actions(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = acting_user(args, db, required=True)
    assert actor is not None
    found = case_decisions(db, actor, args.case_id)
    if args.json:
        print_json(
            [
                {"action": d.action.value, "allowed": d.allowed, "reason": str(d.reason),
                 "needs_comment": d.needs_comment}
                for d in found.decisions
            ]
        )  # fmt: skip
        return 0
    for d in found.decisions:
        mark = "yes" if d.allowed else "no "
        print(f"{mark}  {d.action.value:<18} {'' if d.allowed else d.reason}")
    return 0

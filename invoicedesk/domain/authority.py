"""Who may check and approve a supplier invoice: separation of duties and approval limits.

Three pieces of data meet here, all read by the services in the action's own transaction:

- :class:`Rights` — the acting user's row (active, roles, approval limit), never what a caller
  claims about itself;
- :class:`Participants` — who already took part in the case (uploaded, changed a field,
  finished editing, checked);
- :class:`Policy` — the company's rules (one-person office, the currency limits count in) and
  the approvers the refusal may name.

:data:`DUTY_RULES` is the separation-of-duties table: which earlier part in a case keeps a
user from which action. :func:`duty_conflicts` and :func:`limit_refusal` are the only places
these rules are decided; :func:`invoicedesk.domain.workflow.decide` asks them, and the GUI, the
command line and the services all ask ``decide``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from invoicedesk.domain.enums import Role
from invoicedesk.domain.messages import Message, msg

#: the actions the separation of duties and the approval limit are about (``Action`` values)
CHECK = "check"
APPROVE = "approve"


@dataclass(frozen=True)
class Rights:
    """What a user may do, as stored in the user row when the action is taken.

    Built by the services from the database (``invoicedesk.services.permissions``); the GUI
    keeps a copy only to offer buttons, the core never trusts one handed in.
    """

    user_id: int | None
    roles: frozenset[Role] = frozenset()
    #: the highest absolute amount (in :attr:`Policy.limit_currency`) the user may approve
    approval_limit: Decimal = Decimal("0")
    active: bool = True
    is_system: bool = False

    @classmethod
    def system(cls) -> Rights:
        """The application acting on its own (dispatcher, intake, nightly checks)."""
        return cls(user_id=None, roles=frozenset(Role), is_system=True)

    def has_any(self, roles: Iterable[Role]) -> bool:
        """True when the user holds one of ``roles`` or is an admin."""
        return Role.ADMIN in self.roles or any(r in self.roles for r in roles)


def needs_roles(roles: Iterable[Role]) -> Message:
    """The refusal for a user without any of ``roles`` (role values stay :class:`Role`, so
    the GUI can show the role names in its language)."""
    ordered = sorted(roles, key=lambda r: r.value)
    if len(ordered) == 1:
        return msg("needs the role {role}", role=ordered[0])
    if len(ordered) == 2:
        return msg("needs the role {role} or {other}", role=ordered[0], other=ordered[1])
    return msg("needs one of the roles {roles}", roles=", ".join(r.value for r in ordered))


def role_refusal(rights: Rights, roles: Iterable[Role]) -> Message | None:
    """Why ``rights`` may not do what needs one of ``roles`` (``None`` when he may): a
    deactivated account, or none of the roles."""
    if rights.is_system:
        return None
    if not rights.active:
        return msg("your user account is deactivated")
    wanted = frozenset(roles)
    if not rights.has_any(wanted):
        return needs_roles(wanted)
    return None


class Duty(StrEnum):
    """A part a user already took in a supplier invoice."""

    UPLOADED = "uploaded"
    EDITED = "edited"
    FINISHED = "finished"
    CHECKED = "checked"


@dataclass(frozen=True)
class Participants:
    """Who took which part in a case (user ids)."""

    uploaded_by: int | None = None
    finished_by: int | None = None
    checked_by: int | None = None
    #: everyone who changed a field of the invoice (the editor's saves, the read-out corrections)
    edited_by: frozenset[int] = frozenset()

    def duties_of(self, user_id: int | None) -> frozenset[Duty]:
        """The parts ``user_id`` took in the case."""
        if user_id is None:
            return frozenset()
        duties = {
            Duty.UPLOADED: self.uploaded_by == user_id,
            Duty.EDITED: user_id in self.edited_by,
            Duty.FINISHED: self.finished_by == user_id,
            Duty.CHECKED: self.checked_by == user_id,
        }
        return frozenset(duty for duty, took in duties.items() if took)


@dataclass(frozen=True)
class DutyRule:
    """One row of the separation of duties: who took part ``duty`` may not take ``action``.

    ``reason`` is the refusal for the user (names the rule), ``name`` the rule as the history
    records a self-check allowed by the one-person-office setting.
    """

    action: str
    duty: Duty
    reason: Message
    name: Message


DUTY_RULES: tuple[DutyRule, ...] = (
    DutyRule(
        CHECK,
        Duty.UPLOADED,
        msg("you uploaded this invoice, and its uploader may not check it (four-eyes rule)"),
        msg("the uploader checks"),
    ),
    DutyRule(
        CHECK,
        Duty.EDITED,
        msg("you changed this invoice's data, and an editor may not check it (four-eyes rule)"),
        msg("an editor checks"),
    ),
    DutyRule(
        CHECK,
        Duty.FINISHED,
        msg("the same user who edited the invoice cannot check it (four-eyes rule)"),
        msg("the editor who finished checks"),
    ),
    DutyRule(
        APPROVE,
        Duty.CHECKED,
        msg("you checked this invoice, and its checker may not approve it (four-eyes rule)"),
        msg("the checker approves"),
    ),
    DutyRule(
        APPROVE,
        Duty.EDITED,
        msg("you changed this invoice's data, and an editor may not approve it (four-eyes rule)"),
        msg("an editor approves"),
    ),
    DutyRule(
        APPROVE,
        Duty.FINISHED,
        msg("you finished editing this invoice, and its editor may not approve it "
            "(four-eyes rule)"),
        msg("the editor who finished approves"),
    ),
)  # fmt: skip

#: the actions only a person can take (never the application itself)
PERSON_ACTIONS = frozenset(rule.action for rule in DUTY_RULES)


@dataclass(frozen=True)
class Approver:
    """A user who may approve, as a refusal names him."""

    user_id: int
    name: str
    approval_limit: Decimal


@dataclass(frozen=True)
class Policy:
    """The company's rules for checking and approving, read in the action's transaction.

    ``approvers`` are the active users with the approver or admin role; ``None`` when they were
    not loaded (a refusal then does not name who else could approve).
    """

    #: one-person office: the separation of duties is waived, every self-check recorded
    self_checks: bool = False
    #: the company currency; approval limits count in it
    limit_currency: str = "EUR"
    approvers: tuple[Approver, ...] | None = None


def duty_conflicts(action: str, participants: Participants, user_id: int | None) -> list[DutyRule]:
    """The rules of :data:`DUTY_RULES` that keep ``user_id`` from ``action`` on the case."""
    duties = participants.duties_of(user_id)
    return [rule for rule in DUTY_RULES if rule.action == action and rule.duty in duties]


def limit_refusal(
    amount: Decimal,
    currency: str,
    rights: Rights,
    policy: Policy,
    participants: Participants,
) -> Message | None:
    """Why ``rights`` may not approve an invoice of ``amount`` (``None`` when he may).

    The limit covers the absolute amount (a credit of -50,000 needs a 50,000 limit) in the
    company currency; an invoice in another currency needs an administrator, since no exchange
    rate is kept. A refusal names who can approve instead, or says that nobody's limit is high
    enough.
    """
    if rights.is_system:
        return None
    size = abs(amount)
    if currency != policy.limit_currency:
        if Role.ADMIN in rights.roles:
            return None
        return msg(
            "the invoice is in {currency} and approval limits count in {limit_currency}, "
            "so an administrator must approve it",
            currency=currency,
            limit_currency=policy.limit_currency,
        )
    if size <= rights.approval_limit:
        return None
    if policy.approvers is None:
        return msg(
            "the amount {amount} exceeds your approval limit of {limit}",
            amount=size,
            limit=rights.approval_limit,
        )
    others = [
        a
        for a in policy.approvers
        if a.user_id != rights.user_id
        and a.approval_limit >= size
        and (policy.self_checks or not duty_conflicts(APPROVE, participants, a.user_id))
    ]
    if others:
        return msg(
            "the amount {amount} exceeds your approval limit of {limit}; {names} can approve it",
            amount=size,
            limit=rights.approval_limit,
            names=", ".join(a.name for a in others),
        )
    highest = max((a.approval_limit for a in policy.approvers), default=Decimal("0"))
    return msg(
        "the amount {amount} is above every approver's limit (the highest is {highest}); an "
        "administrator must raise a limit first",
        amount=size,
        highest=highest,
    )

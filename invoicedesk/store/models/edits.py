"""Edit marks: who changed which fields of a case in an editing session not yet recorded.

An editor's autosave writes no history row; it adds its changed fields to the open mark of
(case, user) instead, in the autosave's own transaction. When the session ends (an explicit
save, *Finish editing*, closing the editor, or — after a crash — the next session of the same
user or the dispatcher's pass over idle marks) the mark's fields become one ``edited`` history
row and the mark is closed (``closed_at``). The separation of duties counts the users of
every mark, open or closed, as editors of the case (:mod:`invoicedesk.services.cases.edits`).

Database triggers (migration 21d) refuse deleting a mark and changing its case, user or start,
and any change of a closed mark: "who edited this invoice" cannot be erased.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, text
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import UTCDateTime, utcnow


class EditMark(Base):
    """The fields one user changed in one editing session of a case."""

    __tablename__ = "edit_marks"
    __table_args__ = (
        Index("ix_edit_marks_case", "case_id", "user_id"),
        # at most one open session mark per case and user
        Index(
            "uq_edit_marks_open",
            "case_id",
            "user_id",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: the fields changed so far in the session, sorted (``lines`` for the line items)
    fields: Mapped[list[str]] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: the session's last autosave (an idle open mark is closed by the dispatcher's pass)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    #: when the session's history row was written; ``None`` while the session is open
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

"""Attachments: file contents stored once per SHA-256 in the database, visible on every
workstation."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.store.database import Database
from invoicedesk.store.models.documents import Attachment, Blob

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment without its content."""

    id: int
    case_id: int
    filename: str
    mime_type: str
    kind: str
    size: int
    sha256: str
    created_at: datetime


def sha256_hex(content: bytes) -> str:
    """Hex SHA-256 of file content."""
    return hashlib.sha256(content).hexdigest()


def store_blob(session: Session, content: bytes) -> str:
    """Store content once (insert-if-absent, safe with concurrent writers); return its hash."""
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "The file is {value} MB; attachments may have at most {value2} MB.",
            value=len(content) // (1024 * 1024),
            value2=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    digest = sha256_hex(content)
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = (
        insert(Blob)
        .values(sha256=digest, size=len(content), content=content)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    session.execute(stmt)
    return digest


def guess_mime(filename: str) -> str:
    """MIME type from the file name (``application/octet-stream`` when unknown)."""
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def attach(
    session: Session,
    case_id: int,
    filename: str,
    content: bytes,
    *,
    actor: Actor,
    kind: str = "other",
    mime_type: str | None = None,
) -> Attachment:
    """Attach a file to a case inside the caller's transaction."""
    if not content:
        raise ValidationError("The file {filename!r} is empty.", filename=filename)
    digest = store_blob(session, content)
    att = Attachment(
        case_id=case_id,
        blob_sha256=digest,
        filename=filename,
        mime_type=mime_type or guess_mime(filename),
        kind=kind,
        created_by_id=actor.user_id,
    )
    session.add(att)
    session.flush()
    return att


def add_attachment(
    db: Database,
    actor: Actor,
    case_id: int,
    filename: str,
    content: bytes,
    kind: str = "other",
) -> AttachmentInfo:
    """Attach a file to a case in its own transaction."""
    with db.write() as s:
        att = attach(s, case_id, filename, content, actor=actor, kind=kind)
        return _info(att, len(content))


def _info(att: Attachment, size: int) -> AttachmentInfo:
    return AttachmentInfo(
        att.id,
        att.case_id,
        att.filename,
        att.mime_type,
        att.kind,
        size,
        att.blob_sha256,
        att.created_at,
    )


def list_attachments(db: Database, case_id: int) -> list[AttachmentInfo]:
    """Attachments of a case, oldest first (contents are not loaded)."""
    with db.read() as s:
        rows = s.execute(
            select(Attachment, Blob.size)
            .join(Blob, Blob.sha256 == Attachment.blob_sha256)
            .where(Attachment.case_id == case_id)
            .order_by(Attachment.id)
        ).all()
        return [_info(att, size) for att, size in rows]


def attachment_content(db: Database, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """An attachment with its content."""
    with db.read() as s:
        att = s.get(Attachment, attachment_id)
        if att is None:
            raise NotFound(
                "There is no attachment with the id {attachment_id}.", attachment_id=attachment_id
            )
        content = s.scalar(select(Blob.content).where(Blob.sha256 == att.blob_sha256))
        if content is None:
            raise NotFound(
                "The content of attachment {attachment_id} is missing.", attachment_id=attachment_id
            )
        return _info(att, len(content)), content

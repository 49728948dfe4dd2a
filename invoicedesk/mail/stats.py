"""The outcome of one dispatcher pass, for logs, the CLI and the status bar."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class DispatchStats:
    """What one pass did."""

    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    needs_review: int = 0
    #: e-mails given back to wait for a usable mail server
    held: int = 0
    released: int = 0
    recovered: int = 0
    lost: int = 0
    error: str | None = None

    def add(self, other: DispatchStats) -> None:
        """Add the counts of ``other`` (one lane of the same pass); keep the first error."""
        for item in fields(self):
            if item.name != "error":
                setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))
        self.error = self.error or other.error

    def summary(self) -> str:
        """One line for a log, the CLI or the status bar."""
        text = (
            f"claimed {self.claimed}, sent {self.sent}, retry {self.retried}, "
            f"failed {self.failed}, needs review {self.needs_review}"
        )
        extra = [
            f"{name} {value}"
            for name, value in (
                ("held", self.held),
                ("released", self.released),
                ("recovered", self.recovered),
                ("lost lease", self.lost),
            )
            if value
        ]
        if extra:
            text += ", " + ", ".join(extra)
        return text + (f"; error: {self.error}" if self.error else "")

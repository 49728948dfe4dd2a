"""What the intake accepts and how often it looks at the watched folder (shared by the light
menu entries and the intake controller)."""

from __future__ import annotations

#: file types offered by File → Import and accepted when dropped
ACCEPTED_SUFFIXES = (".pdf", ".xml", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
#: how often the watched folder is looked at
WATCH_INTERVAL_MS = 15_000

"""All ORM models. Every module in this package is imported by :func:`load_all`, so that the
metadata is complete for migrations checks, whichever area added its tables."""

from __future__ import annotations

import importlib
import pkgutil

from invoicedesk.store.models.base import Base


def load_all() -> type[Base]:
    """Import every model module of this package and return the declarative base."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return Base


load_all()

__all__ = ["Base", "load_all"]

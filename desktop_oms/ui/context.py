"""What every window and dialog is handed: the database, who is working, the settings."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_oms.storage.uow import Database


@dataclass(slots=True)
class AppContext:
    """The open database and the operator working in this window."""

    db: Database
    operator: str = "owner"
    role: str = "OWNER"

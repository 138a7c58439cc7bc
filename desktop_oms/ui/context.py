"""What every window and dialog is handed: the database and who is working."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_oms.domain.permissions import Role
from desktop_oms.services.privacy import DEFAULT_OWNER_NAME, Viewer
from desktop_oms.storage.uow import Database


@dataclass(slots=True)
class AppContext:
    """The open database and the operator working in this window."""

    db: Database
    operator: str = DEFAULT_OWNER_NAME
    role: Role = Role.OWNER

    @property
    def viewer(self) -> Viewer:
        """Who is looking: decides masked or clear personal data and what may be done."""
        return Viewer(self.operator, Role(self.role))

"""The records a workspace stores (SQLModel tables); import from here."""

from samenleren_desktop.model.entities.base import Record, utcnow
from samenleren_desktop.model.entities.gezin import Gezin, Kind, Ouder
from samenleren_desktop.model.entities.secret import WorkspaceSecret

__all__ = ["Gezin", "Kind", "Ouder", "Record", "WorkspaceSecret", "utcnow"]

"""The records a workspace stores (SQLModel tables); import from here."""

from samenleren_desktop.model.entities.base import Record, utcnow
from samenleren_desktop.model.entities.gezin import Gezin, Kind, Ouder
from samenleren_desktop.model.entities.logboek import AuditEntry, OutboxChange
from samenleren_desktop.model.entities.organisatie import (
    Begeleider,
    Leerkracht,
    Organisatie,
    School,
)
from samenleren_desktop.model.entities.plan import ActiviteitKeuze, AfsprakenkaartItem, PlanDoel
from samenleren_desktop.model.entities.registratie import (
    SmileyScore,
    Toestemming,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.entities.secret import WorkspaceSecret
from samenleren_desktop.model.entities.sync import SyncConflict as SyncConflict  # and its siblings
from samenleren_desktop.model.entities.traject import Contactmoment, Traject, TrajectBegeleider
from samenleren_desktop.model.entities.zorg import Contraindicatie, Partner, Verwijzing

__all__ = [
    "ActiviteitKeuze",
    "AfsprakenkaartItem",
    "AuditEntry",
    "Begeleider",
    "Contactmoment",
    "Contraindicatie",
    "Gezin",
    "Kind",
    "Leerkracht",
    "Organisatie",
    "Ouder",
    "OutboxChange",
    "Partner",
    "PlanDoel",
    "Record",
    "School",
    "SmileyScore",
    "Toestemming",
    "Traject",
    "TrajectBegeleider",
    "Verwijzing",
    "VragenlijstAntwoord",
    "WorkspaceSecret",
    "utcnow",
]

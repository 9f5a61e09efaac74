"""A family's traject and its contactmomenten (home visits, school talks, calls)."""

from __future__ import annotations

import uuid
from datetime import date, time
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import JSON, Column
from sqlmodel import Field

from samenleren_desktop.model.entities import keuzes
from samenleren_desktop.model.entities.base import Record


class Traject(Record, table=True):
    """One family's course through Samen Leren.

    Attributes:
        gezin_id: the family.
        aanmeld_bron: how it was signed up (school, ouder, wijkteam, anders).
        aanmeld_datum: the date of the aanmelding; no contact may be earlier.
        aangemeld_door: who signed up (e.g. the teacher's name).
        status: where the traject stands (see keuzes.TrajectStatus).
        start_datum: the date of the intake decision to start.
        eind_datum: the date the traject ended.
        reden_einde: why it ended (finished, moved, stopped, referred...).
        registratie_minuten: administration time outside visits.
        overgeslagen: steps the coach skipped on purpose, step → reason.
    """

    __tablename__ = "traject"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {
        "status": keuzes.TrajectStatus,
        "aanmeld_bron": keuzes.AanmeldBron,
    }

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    aanmeld_bron: str = Field(default="school", max_length=20)
    aanmeld_datum: date
    aangemeld_door: str = Field(default="", max_length=200)
    status: str = Field(default="aangemeld", max_length=20)
    start_datum: date | None = None
    eind_datum: date | None = None
    reden_einde: str = Field(default="", max_length=500)
    registratie_minuten: int = 0
    overgeslagen: dict[str, str] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False)
    )


class TrajectBegeleider(Record, table=True):
    """A coach assigned to a traject (a traject may have more than one)."""

    __tablename__ = "traject_begeleider"

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    begeleider_id: uuid.UUID = Field(foreign_key="begeleider.id", index=True)
    vanaf: date
    tot: date | None = None


class Contactmoment(Record, table=True):
    """A home visit, school talk or call: planned, held or cancelled.

    Attributes:
        soort: the step it belongs to (keuzes.ContactSoort).
        status: gepland / gehouden / geannuleerd.
        setting: gezin (whole family), ouder (parent only), school, telefoon.
        aanwezigen: who was there, in the coach's words.
        doelen: goal numbers worked on (for doelbezoeken).
        duur_minuten: length of the contact.
        reistijd_minuten: travel time there and back.
    """

    __tablename__ = "contactmoment"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {
        "soort": keuzes.ContactSoort,
        "status": keuzes.ContactStatus,
        "setting": keuzes.Setting,
    }

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    soort: str = Field(max_length=30)
    status: str = Field(default="gepland", max_length=20)
    datum: date
    tijd: time | None = None
    setting: str = Field(default="gezin", max_length=20)
    aanwezigen: str = Field(default="", max_length=500)
    doelen: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    duur_minuten: int = 0
    reistijd_minuten: int = 0
    notities: str = Field(default="", max_length=10_000)
    reden_annulering: str = Field(default="", max_length=500)

"""The organisation, its users, and the schools it works with."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import ClassVar

from sqlmodel import Field

from samenleren_desktop.model.entities import keuzes
from samenleren_desktop.model.entities.base import Record


class Organisatie(Record, table=True):
    """A welfare organisation that runs Samen Leren."""

    __tablename__ = "organisatie"

    naam: str = Field(max_length=200)
    plaats: str = Field(default="", max_length=100)


class Begeleider(Record, table=True):
    """A user of the program: a coach, coordinator or administrator."""

    __tablename__ = "begeleider"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"rol": keuzes.Rol}

    organisatie_id: uuid.UUID = Field(foreign_key="organisatie.id", index=True)
    gebruikersnaam: str = Field(max_length=100, index=True)
    naam: str = Field(max_length=200)
    rol: str = Field(default="begeleider", max_length=20)
    email: str = Field(default="", max_length=200)


class School(Record, table=True):
    """A primary school the families' children attend."""

    __tablename__ = "school"

    organisatie_id: uuid.UUID | None = Field(default=None, foreign_key="organisatie.id")
    naam: str = Field(max_length=200)
    plaats: str = Field(default="", max_length=100)
    telefoon: str = Field(default="", max_length=30)


class Leerkracht(Record, table=True):
    """A teacher or IB'er at a school."""

    __tablename__ = "leerkracht"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"rol": keuzes.LeerkrachtRol}

    school_id: uuid.UUID = Field(foreign_key="school.id", index=True)
    naam: str = Field(max_length=200)
    rol: str = Field(default="leerkracht", max_length=20)
    groep: int | None = None
    email: str = Field(default="", max_length=200)

"""A family (gezin) with its parents (ouders) and children (kinderen)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from samenleren_desktop.model.entities.base import Record


class Gezin(Record, table=True):
    """A family taking part in Samen Leren.

    Attributes:
        naam: how the coach refers to the family, e.g. "Gezin El Amrani".
        adres: street and number.
        postcode: Dutch postcode.
        plaats: town.
        notities: free notes of the coach.
    """

    __tablename__ = "gezin"

    naam: str = Field(max_length=200)
    adres: str = Field(default="", max_length=200)
    postcode: str = Field(default="", max_length=10)
    plaats: str = Field(default="", max_length=100)
    notities: str = Field(default="", max_length=10_000)


class Ouder(Record, table=True):
    """A parent or carer in a family.

    Attributes:
        gezin_id: the family.
        voornaam: first name.
        achternaam: surname.
        taal: the language spoken at home.
        tolk_nodig: whether an interpreter is needed.
        telefoon: phone number.
        email: e-mail address.
        bereikbaarheid: how and when to reach them, in the coach's words.
    """

    __tablename__ = "ouder"

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    voornaam: str = Field(max_length=100)
    achternaam: str = Field(default="", max_length=100)
    taal: str = Field(default="Nederlands", max_length=100)
    tolk_nodig: bool = False
    telefoon: str = Field(default="", max_length=30)
    email: str = Field(default="", max_length=200)
    bereikbaarheid: str = Field(default="", max_length=500)


class Kind(Record, table=True):
    """A child of the family, in groep 1 to 4.

    Attributes:
        gezin_id: the family.
        voornaam: first name.
        achternaam: surname.
        geboortedatum: date of birth, when known.
        groep: school year, 1 to 4.
        school_id: the child's school.
        leerkracht_id: the child's teacher.
    """

    __tablename__ = "kind"

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    voornaam: str = Field(max_length=100)
    achternaam: str = Field(default="", max_length=100)
    geboortedatum: date | None = None
    groep: int = Field(ge=1, le=4)
    school_id: uuid.UUID | None = Field(default=None, foreign_key="school.id")
    leerkracht_id: uuid.UUID | None = Field(default=None, foreign_key="leerkracht.id")

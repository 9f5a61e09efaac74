"""What the coach records with the family: smiley scores, questionnaire answers, consent."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import JSON, Column, LargeBinary
from sqlmodel import Field

from samenleren_desktop.model.entities import keuzes
from samenleren_desktop.model.entities.base import Record


class SmileyScore(Record, table=True):
    """A score on the five-smiley scale for one goal at one moment.

    Attributes:
        doel: goal number 1 to 8.
        moment: start / tussen / eind.
        waarde: 1 (sad) to 5 (very happy).
        gegeven_door: ouder or kind.
    """

    __tablename__ = "smiley_score"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {
        "moment": keuzes.Moment,
        "gegeven_door": keuzes.GegevenDoor,
    }

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    doel: int = Field(ge=1, le=8)
    moment: str = Field(max_length=10)
    waarde: int = Field(ge=1, le=5)
    gegeven_door: str = Field(default="ouder", max_length=20)
    datum: date


class VragenlijstAntwoord(Record, table=True):
    """Answers to one questionnaire, kept with the version they were given for.

    Attributes:
        vragenlijst: the questionnaire's id in the content.
        versie: the version answered; old answers still render after content changes.
        antwoorden: question id → answer.
        leerkracht_id: who answered, for the teacher's questionnaires.
        afgerond_op: when it was completed (None while in progress).
    """

    __tablename__ = "vragenlijst_antwoord"

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    vragenlijst: str = Field(max_length=100)
    versie: int
    antwoorden: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    leerkracht_id: uuid.UUID | None = Field(default=None, foreign_key="leerkracht.id")
    afgerond_op: datetime | None = None


class Toestemming(Record, table=True):
    """A parent's consent: for processing data, contact with school, or a handover.

    Attributes:
        soort: verwerking / contact_school / overdracht_partner.
        partner_id: the named partner, for a handover.
        wijze: handtekening (drawn on screen), papier, mondeling.
        handtekening: the drawn signature as PNG bytes.
        ingetrokken_op: when it was withdrawn.
    """

    __tablename__ = "toestemming"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {
        "soort": keuzes.ToestemmingSoort,
        "wijze": keuzes.ToestemmingWijze,
    }

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    ouder_id: uuid.UUID = Field(foreign_key="ouder.id", index=True, ondelete="CASCADE")
    soort: str = Field(max_length=30)
    partner_id: uuid.UUID | None = Field(default=None, foreign_key="partner.id")
    gegeven_op: date
    wijze: str = Field(default="papier", max_length=20)
    handtekening: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    ingetrokken_op: date | None = None
    toelichting: str = Field(default="", max_length=1_000)

"""The plan van aanpak: chosen goals and subgoals, activities, notes along the learning cycle."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import JSON, Column
from sqlmodel import Field

from samenleren_desktop.model.entities import keuzes
from samenleren_desktop.model.entities.base import Record


class PlanDoel(Record, table=True):
    """A goal chosen in a traject's plan van aanpak.

    Attributes:
        doel: the goal number, 1 to 8.
        subdoelen: the chosen subgoal numbers, e.g. ["2.1", "2.3"].
        gekozen_op: when it was chosen.
        gestopt_op: when it was dropped (at the tussenevaluatie, say).
        ervaren, bespreken, informeren, proberen: the coach's notes per step of the cycle.
    """

    __tablename__ = "plan_doel"

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    doel: int = Field(ge=1, le=8)
    subdoelen: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    gekozen_op: date
    gestopt_op: date | None = None
    ervaren: str = Field(default="", max_length=5_000)
    bespreken: str = Field(default="", max_length=5_000)
    informeren: str = Field(default="", max_length=5_000)
    proberen: str = Field(default="", max_length=5_000)
    notities: str = Field(default="", max_length=5_000)


class ActiviteitKeuze(Record, table=True):
    """An informatiemap activity picked for a traject.

    Attributes:
        activiteit: the activity's id in the informatiemap content.
        doel: the goal it serves, when known.
        gekozen_door: ouder (usually), kind or begeleider.
        uitgevoerd_op: when it was done together.
    """

    __tablename__ = "activiteit_keuze"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"gekozen_door": keuzes.GegevenDoor}

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    activiteit: str = Field(max_length=100)
    doel: int | None = None
    gekozen_door: str = Field(default="ouder", max_length=20)
    gekozen_op: date
    uitgevoerd_op: date | None = None
    notities: str = Field(default="", max_length=5_000)


class AfsprakenkaartItem(Record, table=True):
    """One agreement on the family's afsprakenkaart."""

    __tablename__ = "afsprakenkaart_item"

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    volgorde: int = 0
    tekst: str = Field(max_length=500)
    wie: str = Field(default="", max_length=100)
    wanneer: str = Field(default="", max_length=100)

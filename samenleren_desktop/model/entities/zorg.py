"""Concerns, contra-indications and referrals to partners of the sociale kaart."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import ClassVar

from sqlmodel import Field

from samenleren_desktop.model.entities import keuzes
from samenleren_desktop.model.entities.base import Record


class Partner(Record, table=True):
    """A care partner on the region's sociale kaart (kept up to date by the coaches)."""

    __tablename__ = "partner"

    naam: str = Field(max_length=200)
    soort: str = Field(default="", max_length=100)
    regio: str = Field(default="", max_length=100)
    telefoon: str = Field(default="", max_length=30)
    email: str = Field(default="", max_length=200)
    notities: str = Field(default="", max_length=2_000)


class Contraindicatie(Record, table=True):
    """A contra-indication or concern and what was decided about it.

    Attributes:
        soort: e.g. geen_gemeenschappelijke_taal, hoge_stress, weinig_begrip,
            alleen_huiswerkbegeleiding, niet_beschikbaar, anders.
        besluit: start / uitstellen / doorverwijzen, once decided.
        opgelost_op: when it no longer stands in the way.
    """

    __tablename__ = "contraindicatie"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"besluit": keuzes.Besluit}

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    soort: str = Field(max_length=50)
    toelichting: str = Field(default="", max_length=2_000)
    gesignaleerd_op: date
    besluit: str = Field(default="", max_length=20)
    besluit_op: date | None = None
    opgelost_op: date | None = None


class Verwijzing(Record, table=True):
    """A referral to a partner, through the steps up to a warm handover."""

    __tablename__ = "verwijzing"
    __choices__: ClassVar[dict[str, type[StrEnum]]] = {"stap": keuzes.VerwijsStap}

    gezin_id: uuid.UUID = Field(foreign_key="gezin.id", index=True, ondelete="CASCADE")
    traject_id: uuid.UUID = Field(foreign_key="traject.id", index=True, ondelete="CASCADE")
    partner_id: uuid.UUID = Field(foreign_key="partner.id", index=True)
    reden: str = Field(max_length=2_000)
    stap: str = Field(default="signaleren", max_length=30)
    datum: date
    warme_overdracht_op: date | None = None
    toestemming_id: uuid.UUID | None = Field(default=None, foreign_key="toestemming.id")

"""The coach's week: planned contactmomenten per day (the week view's rows)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from samenleren_desktop.model.entities import Contactmoment, Gezin
from samenleren_desktop.model.rules import ContactSoort, ContactStatus, Setting


@dataclass(frozen=True)
class BezoekRegel:
    """One planned contactmoment in the week view.

    Attributes:
        contact_id: the contactmoment.
        gezin_id: the family.
        traject_id: the traject.
        gezin: the family's name.
        plaats: town.
        soort: what the visit is for.
        datum: the day.
        tijd: the time of day, when planned.
        duur_minuten: the planned length (0 when not filled in).
        setting: who will be there.
    """

    contact_id: uuid.UUID
    gezin_id: uuid.UUID
    traject_id: uuid.UUID
    gezin: str
    plaats: str
    soort: ContactSoort
    datum: date
    tijd: time | None
    duur_minuten: int
    setting: Setting

    @property
    def soort_label(self) -> str:
        """What the visit is for, in Dutch."""
        return self.soort.label

    @property
    def setting_label(self) -> str:
        """Who will be there, in Dutch."""
        return self.setting.label


def geplande_bezoeken(session: Session, week_start: date) -> list[BezoekRegel]:
    """Planned contactmomenten from `week_start` for seven days, by day and time."""
    week_einde = week_start + timedelta(days=6)
    rows = session.execute(
        select(
            col(Contactmoment.id),
            col(Contactmoment.gezin_id),
            col(Contactmoment.traject_id),
            col(Gezin.naam),
            col(Gezin.plaats),
            col(Contactmoment.soort),
            col(Contactmoment.datum),
            col(Contactmoment.tijd),
            col(Contactmoment.duur_minuten),
            col(Contactmoment.setting),
        )
        .join(Gezin, col(Gezin.id) == col(Contactmoment.gezin_id))
        .where(
            col(Contactmoment.status) == ContactStatus.GEPLAND.value,
            col(Contactmoment.datum) >= week_start,
            col(Contactmoment.datum) <= week_einde,
        )
    ).all()
    bezoeken = [
        BezoekRegel(cid, gid, tid, naam, plaats, ContactSoort(soort), dag, tijd, duur, Setting(s))
        for cid, gid, tid, naam, plaats, soort, dag, tijd, duur, s in rows
    ]
    return sorted(bezoeken, key=lambda b: (b.datum, b.tijd or time.max, b.gezin.casefold()))

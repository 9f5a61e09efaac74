"""The report figures, checked against the known data they were made from."""

from __future__ import annotations

from datetime import date

import pytest

from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.rapportage import (
    RapportFilter,
    achterstanden,
    rapportcijfers,
)
from samenleren_desktop.model.store.workspace import Workspace
from tests.unit.reports.conftest import TODAY, Known

JAAR = RapportFilter(date(2026, 1, 1), date(2026, 12, 31))


def test_figures_of_the_whole_year(workspace: Workspace, known: Known) -> None:
    with workspace.session() as session:
        c = rapportcijfers(session, JAAR, TODAY)
    assert c.trajecten == 2  # the traject that ended in 2025 is left out
    assert c.per_status == {"doelen": 1, "afgebroken": 1}
    assert c.aanmeldingen_per_bron == {"school": 1, "ouder": 1}
    assert c.doelen_gekozen == {2: 1, 6: 2}
    taal, structuur = c.smileys
    assert (taal.doel, taal.gemiddeld) == (2, {"start": 2.0, "tussen": 3.0, "eind": 5.0})
    assert (taal.vooruit, taal.gelijk, taal.achteruit) == (1, 0, 0)
    assert structuur.gemiddeld == {"start": 3.0, "tussen": None, "eind": 3.0}
    assert structuur.gelijk == 1
    assert c.uren.totaal_uren == 3.5  # 90 + 30 and 60 + 30 minutes; the planned visit not
    assert c.uren.gemiddeld_uren == 1.75
    assert c.uren.boven_norm == 0
    assert c.leerkrachten.aantal == 1
    assert c.leerkrachten.gemiddeld == {
        "contact_ouder": 4.0,
        "betrokkenheid": 5.0,
        "samenwerking_begeleider": 3.0,
    }
    assert c.leerkrachten.contact_veranderd == {"beter": 1}
    assert c.leerkrachten.opnieuw_aanmelden_ja == 1
    assert c.contra_indicaties == {"hoge_stress": 1}
    assert c.contra_besluiten == {"uitstellen": 1}
    assert c.verwijzingen == {"benoemen": 1}
    assert c.warme_overdrachten == 0


def test_filters_by_school_begeleider_and_period(workspace: Workspace, known: Known) -> None:
    with workspace.session() as session:
        eik = rapportcijfers(session, RapportFilter(JAAR.van, JAAR.tot, known.school_eik), TODAY)
        bram = rapportcijfers(
            session, RapportFilter(JAAR.van, JAAR.tot, begeleider_id=known.bram), TODAY
        )
        vorig = rapportcijfers(session, RapportFilter(date(2025, 1, 1), date(2025, 12, 31)), TODAY)
        zomer = rapportcijfers(session, RapportFilter(date(2026, 7, 1), date(2026, 8, 31)), TODAY)
    assert eik.trajecten == 1
    assert eik.per_status == {"doelen": 1}
    assert bram.trajecten == 1
    assert bram.per_status == {"afgebroken": 1}
    assert vorig.trajecten == 1
    assert vorig.aanmeldingen_per_bron == {"wijkteam": 1}
    # B ended on 1 June, A still runs: only A; no sign-ups in the summer
    assert zomer.trajecten == 1
    assert zomer.aanmeldingen_per_bron == {}


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(ValidationError, match="einddatum"):
        RapportFilter(date(2026, 5, 1), date(2026, 4, 1))


def test_achterstanden_lists_every_traject_with_its_coach(
    workspace: Workspace, known: Known
) -> None:
    with workspace.session() as session:
        rows = achterstanden(session, JAAR, TODAY)
    by_gezin = {r.gezin: r for r in rows}
    assert set(by_gezin) == {"Gezin Öztürk", "Gezin Jansen"}
    assert by_gezin["Gezin Öztürk"].begeleiders == "Anna Veld"
    assert by_gezin["Gezin Jansen"].begeleiders == "Bram Hout"
    # A skipped the kennismaking etc.: the next step is the first one not done
    assert by_gezin["Gezin Öztürk"].volgende_stap == "Kennismakingsactiviteit"

"""The caseload, the week's visits and a new aanmelding, against a real demo workspace."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import Contactmoment, Gezin, Kind, Ouder, Traject
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.rules import next_step, traject_warnings, trajectpijl, urenbesteding
from samenleren_desktop.model.services.aanmelding import NieuweAanmelding, registreer_aanmelding
from samenleren_desktop.model.services.bezoeken import geplande_bezoeken
from samenleren_desktop.model.services.caseload import (
    AFGEROND,
    GEEN_TRAJECT,
    GESTOPT,
    caseload_regels,
    fase_keuzes,
    fase_waarde,
)
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.feiten import traject_facts
from samenleren_desktop.model.services.gezinnen import (
    NieuweOuder,
    NieuwGezin,
    NieuwKind,
    create_gezin,
)
from samenleren_desktop.model.services.trajecten import NieuwContact, add_contact
from samenleren_desktop.model.store.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 2)
SANNE = Actor("sanne")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """40 demo families (every stage of the arrow), shared by the read-only tests."""
    folder: Path = tmp_path_factory.mktemp("caseload") / "ws"
    ws = Workspace.create(folder, PASSPHRASE, FAST_KDF)
    with ws.transaction() as session:
        fill_demo(session, 40, seed=11, today=TODAY)
    yield ws
    ws.close()


def test_one_line_per_traject_matches_the_rules(demo: Workspace) -> None:
    with demo.session() as session:
        regels = caseload_regels(session, TODAY)
        trajecten = {t.id: t for t in session.exec(select(Traject)).all()}
        assert len(regels) == len(trajecten) == 40
        for regel in regels:
            assert regel.traject_id is not None
            facts = traject_facts(session, trajecten[regel.traject_id])
            pijl = trajectpijl(facts, TODAY)
            volgende = next_step(pijl)
            assert regel.stap == (volgende.stap if volgende else None)
            due = [s.uiterste_datum for s in pijl if s.status in ("next", "open")]
            assert regel.uiterste_datum == next((d for d in due if d), None)
            assert regel.te_laat == any(s.overdue for s in pijl)
            assert regel.waarschuwingen == len(traject_warnings(facts, TODAY))
            assert regel.uren == round(urenbesteding(facts).totaal_uren, 1)
            assert regel.begeleiders, "every demo traject has a coach"
            if volgende is not None and facts.actief:
                assert regel.fase == volgende.fase
                assert regel.fase_label == volgende.fase.label
    assert [r.gezin.casefold() for r in regels] == sorted(r.gezin.casefold() for r in regels)


def test_overdue_and_this_week_flags(demo: Workspace) -> None:
    later = TODAY + timedelta(days=60)
    with demo.session() as session:
        now = caseload_regels(session, TODAY)
        regels = caseload_regels(session, later)
    te_laat = [r for r in regels if r.te_laat]
    assert te_laat, "60 days on, the demo has overdue steps"
    for regel in regels:
        if regel.te_laat and regel.actief:
            assert regel.actie_deze_week
            assert regel.uiterste_datum is not None
            assert regel.uiterste_datum < later
    # The demo plans a visit for every traject that goes on within the coming two weeks.
    assert any(r.actie_deze_week and not r.te_laat for r in now)
    assert sum(r.te_laat for r in now) <= len(te_laat)


def test_plan_van_aanpak_overdue_is_flagged(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ws", PASSPHRASE, FAST_KDF)
    intake = TODAY - timedelta(days=50)
    with record_changes(ws, SANNE) as changes:
        traject = registreer_aanmelding(changes, _aanmelding())
        changes.update(traject, aanmeld_datum=intake - timedelta(days=7))
        add_contact(
            changes, traject, NieuwContact("intake", intake, status="gehouden", duur_minuten=60)
        )
    with ws.session() as session:
        (regel,) = caseload_regels(session, TODAY)
    ws.close()
    assert regel.stap_label == "Kennismakingsactiviteit"
    assert regel.te_laat
    assert regel.actie_deze_week
    assert regel.uiterste_datum == intake + timedelta(weeks=5)
    assert regel.termijn_label == "Plan van aanpak bespreken"
    assert regel.waarschuwingen >= 1
    assert regel.laatste_contact == intake
    assert regel.uren == 1.0


def test_phase_labels_and_filter_values(demo: Workspace) -> None:
    with demo.session() as session:
        regels = caseload_regels(session, TODAY)
    values = {value for value, _ in fase_keuzes()}
    assert {fase_waarde(r) for r in regels} <= values
    for regel in regels:
        if regel.fase is None:
            assert regel.fase_label in (AFGEROND, GESTOPT)
            assert not regel.actie_deze_week


def test_family_without_traject_and_search_text(demo: Workspace, tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "leeg", PASSPHRASE, FAST_KDF)
    with record_changes(ws, SANNE) as changes:
        create_gezin(
            changes,
            NieuwGezin(
                naam="Gezin Veldkamp",
                plaats="Gouda",
                ouders=[NieuweOuder("Ilse", "Veldkamp")],
                kinderen=[NieuwKind("Bram", 2)],
            ),
        )
    with ws.session() as session:
        (regel,) = caseload_regels(session, TODAY)
    ws.close()
    assert regel.traject_id is None
    assert regel.fase_label == GEEN_TRAJECT
    assert fase_waarde(regel) == GEEN_TRAJECT
    assert regel.ouders == "Ilse Veldkamp"
    assert regel.kinderen == "Bram (groep 2)"
    for word in ("veldkamp", "gouda", "ilse", "bram"):
        assert word in regel.zoektekst


def test_planned_visits_of_a_week(demo: Workspace) -> None:
    maandag = TODAY - timedelta(days=TODAY.weekday())
    with demo.session() as session:
        bezoeken = geplande_bezoeken(session, maandag)
        gepland = session.exec(
            select(Contactmoment).where(
                Contactmoment.status == "gepland",
                Contactmoment.datum >= maandag,
                Contactmoment.datum <= maandag + timedelta(days=6),
            )
        ).all()
    assert bezoeken
    assert {b.contact_id for b in bezoeken} == {c.id for c in gepland}
    assert all(maandag <= b.datum <= maandag + timedelta(days=6) for b in bezoeken)
    assert [b.datum for b in bezoeken] == sorted(b.datum for b in bezoeken)
    assert all(b.gezin.startswith("Gezin") and b.soort_label for b in bezoeken)


def _aanmelding(**gezin: object) -> NieuweAanmelding:
    values: dict[str, object] = {
        "naam": "Gezin Kramer",
        "plaats": "Utrecht",
        "ouders": [NieuweOuder("Noor", "Kramer", taal="Arabisch", tolk_nodig=True)],
        "kinderen": [NieuwKind("Lina", 1, geboortedatum=date(2021, 5, 4))],
    }
    values.update(gezin)
    return NieuweAanmelding(NieuwGezin(**values), TODAY, "wijkteam", " wijkteam Oost ")  # type: ignore[arg-type]


def test_aanmelding_stores_family_and_traject(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ws", PASSPHRASE, FAST_KDF)
    with record_changes(ws, SANNE) as changes:
        traject = registreer_aanmelding(changes, _aanmelding())
    with ws.session() as session:
        stored = session.get(Traject, traject.id)
        assert stored is not None
        assert stored.aanmeld_bron == "wijkteam"
        assert stored.aangemeld_door == "wijkteam Oost"
        gezin = session.get(Gezin, stored.gezin_id)
        assert gezin is not None
        assert gezin.plaats == "Utrecht"
        ouder = session.exec(select(Ouder).where(Ouder.gezin_id == gezin.id)).one()
        assert ouder.tolk_nodig
        kind = session.exec(select(Kind).where(Kind.gezin_id == gezin.id)).one()
        assert kind.geboortedatum == date(2021, 5, 4)
        (regel,) = caseload_regels(session, TODAY)
        assert regel.stap_label == "Intakegesprek"
    ws.close()


@pytest.mark.parametrize(
    ("gezin", "field"),
    [
        ({"naam": "  "}, "naam"),
        ({"ouders": []}, "ouders.0.voornaam"),
        ({"kinderen": []}, "kinderen.0.voornaam"),
        (
            {"ouders": [NieuweOuder("Noor"), NieuweOuder("Sam", telefoon="0" * 40)]},
            "ouders.1.telefoon",
        ),
        ({"kinderen": [NieuwKind("Lina", 1), NieuwKind("Tim", 7)]}, "kinderen.1.groep"),
        (
            {"kinderen": [NieuwKind("Lina", 1, geboortedatum=date(2027, 1, 1))]},
            "kinderen.0.geboortedatum",
        ),
    ],
)
def test_bad_aanmelding_names_the_field_and_writes_nothing(
    tmp_path: Path, gezin: dict[str, object], field: str
) -> None:
    ws = Workspace.create(tmp_path / "ws", PASSPHRASE, FAST_KDF)
    with pytest.raises(ValidationError) as raised, record_changes(ws, SANNE) as changes:
        registreer_aanmelding(changes, _aanmelding(**gezin))
    assert raised.value.field == field
    assert "'" not in raised.value.message
    with ws.session() as session:
        assert session.exec(select(Gezin)).all() == []
    ws.close()

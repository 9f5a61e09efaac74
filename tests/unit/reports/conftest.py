"""A small workspace with known data, made through the services, for the report tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from samenleren_desktop.model.content import load_content
from samenleren_desktop.model.entities import (
    ActiviteitKeuze,
    AfsprakenkaartItem,
    Begeleider,
    Contraindicatie,
    Leerkracht,
    Organisatie,
    Partner,
    School,
    TrajectBegeleider,
    Verwijzing,
    VragenlijstAntwoord,
)
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.gezinnen import (
    NieuweOuder,
    NieuwGezin,
    NieuwKind,
    create_gezin,
)
from samenleren_desktop.model.services.trajecten import (
    NieuwContact,
    add_contact,
    add_smiley,
    choose_goal,
    start_traject,
)
from samenleren_desktop.model.store.workspace import Workspace

TODAY = date(2026, 11, 2)


@pytest.fixture(autouse=True)
def no_machine_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No administrator's file unless a test writes one (at the returned path)."""
    path = tmp_path_factory.mktemp("beheer") / "config.toml"
    monkeypatch.setenv("SAMENLEREN_CONFIG", str(path))
    return path


@dataclass(frozen=True)
class Known:
    """The ids of the known world."""

    traject_a: uuid.UUID
    traject_b: uuid.UUID
    traject_oud: uuid.UUID
    school_eik: uuid.UUID
    school_linde: uuid.UUID
    anna: uuid.UUID
    bram: uuid.UUID
    activiteit: str


@pytest.fixture
def known(workspace: Workspace) -> Known:
    """Two trajecten in 2026 (one at each school and coach) and one that ended in 2025."""
    content = load_content()
    with record_changes(workspace, Actor("tester", "test")) as ch:
        org = ch.create(Organisatie(naam="Stichting Testhuis (fictief)", plaats="Gouda"))
        anna = ch.create(Begeleider(organisatie_id=org.id, gebruikersnaam="anna", naam="Anna Veld"))
        bram = ch.create(Begeleider(organisatie_id=org.id, gebruikersnaam="bram", naam="Bram Hout"))
        eik = ch.create(School(organisatie_id=org.id, naam="Basisschool De Eik"))
        linde = ch.create(School(organisatie_id=org.id, naam="Basisschool De Linde"))
        juf = ch.create(Leerkracht(school_id=eik.id, naam="Juf Mirjam"))
        partner = ch.create(Partner(naam="Wijkteam Noord (fictief)"))

        gezin_a = create_gezin(
            ch,
            NieuwGezin(
                naam="Gezin Öztürk",
                ouders=[NieuweOuder(voornaam="Ayşe", achternaam="Öztürk")],
                kinderen=[
                    NieuwKind(
                        voornaam="Zoë",
                        achternaam="Öztürk",
                        groep=2,
                        school_id=eik.id,
                        leerkracht_id=juf.id,
                    )
                ],
            ),
        )
        a = start_traject(ch, gezin_a.id, date(2026, 2, 2), "school", "Juf Mirjam")
        ch.create(
            TrajectBegeleider(
                gezin_id=gezin_a.id, traject_id=a.id, begeleider_id=anna.id, vanaf=date(2026, 2, 2)
            )
        )
        for soort, dag, setting, status, duur in (
            ("intake", date(2026, 2, 10), "ouder", "gehouden", 90),
            ("plan_van_aanpak", date(2026, 3, 1), "ouder", "gehouden", 60),
            ("doelbezoek", date(2026, 12, 1), "gezin", "gepland", 0),
        ):
            add_contact(
                ch,
                a,
                NieuwContact(
                    soort=soort,
                    datum=dag,
                    setting=setting,
                    status=status,
                    duur_minuten=duur,
                    reistijd_minuten=30 if duur else 0,
                    doelen=(2,) if soort == "doelbezoek" else (),
                ),
            )
        choose_goal(ch, a, content, 2, ["2.1", "2.3"], date(2026, 3, 1))
        choose_goal(ch, a, content, 6, ["6.2"], date(2026, 3, 1))
        for doel, moment, waarde, dag in (
            (2, "start", 2, date(2026, 3, 1)),
            (2, "tussen", 3, date(2026, 6, 1)),
            (2, "eind", 5, date(2026, 9, 1)),
            (6, "start", 3, date(2026, 3, 1)),
            (6, "eind", 3, date(2026, 9, 1)),
        ):
            add_smiley(ch, a, doel, moment, waarde, dag)
        activiteit = content.activities_for(goal=2)[0]
        ch.create(
            ActiviteitKeuze(
                gezin_id=gezin_a.id,
                traject_id=a.id,
                activiteit=activiteit.id,
                doel=2,
                gekozen_op=date(2026, 3, 1),
            )
        )
        ch.create(
            AfsprakenkaartItem(
                gezin_id=gezin_a.id,
                traject_id=a.id,
                tekst="We lezen elke avond samen een boekje.",
                wie="Ayşe",
                wanneer="elke avond",
            )
        )
        ch.create(
            VragenlijstAntwoord(
                gezin_id=gezin_a.id,
                traject_id=a.id,
                vragenlijst="evaluatie_leerkracht",
                versie=1,
                leerkracht_id=juf.id,
                antwoorden={
                    "contact_ouder": 4,
                    "betrokkenheid": 5,
                    "samenwerking_begeleider": 3,
                    "contact_veranderd": "beter",
                    "opnieuw_aanmelden": "ja",
                },
            )
        )
        ch.update(a, status="doelen", start_datum=date(2026, 2, 10))

        gezin_b = create_gezin(
            ch,
            NieuwGezin(
                naam="Gezin Jansen",
                ouders=[NieuweOuder(voornaam="Dennis", achternaam="Jansen")],
                kinderen=[NieuwKind(voornaam="Milan", groep=4, school_id=linde.id)],
            ),
        )
        b = start_traject(ch, gezin_b.id, date(2026, 5, 4), "ouder")
        ch.create(
            TrajectBegeleider(
                gezin_id=gezin_b.id, traject_id=b.id, begeleider_id=bram.id, vanaf=date(2026, 5, 4)
            )
        )
        choose_goal(ch, b, content, 6, ["6.1"], date(2026, 5, 20))
        ch.create(
            Contraindicatie(
                gezin_id=gezin_b.id,
                traject_id=b.id,
                soort="hoge_stress",
                gesignaleerd_op=date(2026, 5, 10),
                besluit="uitstellen",
            )
        )
        ch.create(
            Verwijzing(
                gezin_id=gezin_b.id,
                traject_id=b.id,
                partner_id=partner.id,
                reden="Geldzorgen",
                stap="benoemen",
                datum=date(2026, 5, 12),
            )
        )
        ch.update(b, status="afgebroken", eind_datum=date(2026, 6, 1), reden_einde="verhuisd")

        gezin_c = create_gezin(
            ch, NieuwGezin(naam="Gezin Oud", ouders=[NieuweOuder(voornaam="Piet")])
        )
        c = start_traject(ch, gezin_c.id, date(2025, 1, 10), "wijkteam")
        ch.update(c, status="afgesloten", eind_datum=date(2025, 6, 1))
        return Known(a.id, b.id, c.id, eik.id, linde.id, anna.id, bram.id, activiteit.name)

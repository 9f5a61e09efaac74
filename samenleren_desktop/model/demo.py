"""Fictional families for demonstrations and tests, reproducible for a given seed.

Every name is a random combination of common first names and surnames; no real person is
described. Families vary as real caseloads do: one or two parents, several home languages,
sometimes an interpreter, one to three children in groep 1 to 4.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import Session

from samenleren_desktop.model.demo_traject import build_world, fill_traject
from samenleren_desktop.model.entities.base import reproducible_ids
from samenleren_desktop.model.services.changes import Actor, Changes
from samenleren_desktop.model.services.gezinnen import (
    NieuweOuder,
    NieuwGezin,
    NieuwKind,
    create_gezin,
)
from samenleren_desktop.model.store.workspace import Workspace, is_workspace

DEMO_USER = "demo"

_ACHTERNAMEN = (
    "de Vries",
    "Jansen",
    "El Amrani",
    "Yılmaz",
    "Bakker",
    "Visser",
    "Kowalski",
    "Pinas",
    "Smit",
    "Öztürk",
    "Mulder",
    "Bouzid",
    "de Graaf",
    "Haddou",
    "Kaya",
    "Wijnhoven",
    "Brouwer",
    "Nowak",
    "Tahiri",
    "van Dijk",
    "Doğan",
    "Sedney",
    "Hoekstra",
    "Abdi",
)
_OUDER_VOORNAMEN = (
    "Fatima",
    "Sanne",
    "Mehmet",
    "Anouk",
    "Khadija",
    "Rachid",
    "Ewa",
    "Marloes",
    "Priya",
    "Ayşe",
    "Dennis",
    "Naima",
    "Kofi",
    "Ingrid",
    "Samira",
    "Tomasz",
    "Esther",
    "Hamza",
)
_KIND_VOORNAMEN = (
    "Noah",
    "Emma",
    "Adam",
    "Julia",
    "Sem",
    "Mila",
    "Yusuf",
    "Zoë",
    "Liam",
    "Nora",
    "Amira",
    "Finn",
    "Elif",
    "Daan",
    "Sara",
    "Milan",
    "Lina",
    "Bilal",
    "Fenna",
    "Ravi",
)
_TALEN = (
    ("Nederlands", False),
    ("Nederlands", False),
    ("Nederlands", False),
    ("Arabisch", True),
    ("Turks", False),
    ("Pools", True),
    ("Tamazight", True),
    ("Somalisch", True),
    ("Engels", False),
    ("Sranantongo", False),
)
_PLAATSEN = ("Gouda", "Leiden", "Rotterdam", "Schiedam", "Alphen aan den Rijn", "Delft")
_STRATEN = ("Lindelaan", "Bloemstraat", "Kastanjeweg", "Molenkade", "Vlietstraat", "Rozenhof")


def _id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def demo_gezin(
    rng: random.Random, today: date, scholen: Sequence[tuple[uuid.UUID, uuid.UUID]] = ()
) -> NieuwGezin:
    """One fictional family."""
    achternaam = rng.choice(_ACHTERNAMEN)
    ouder_namen = rng.sample(_OUDER_VOORNAMEN, rng.choice((1, 1, 2)))
    kind_namen = rng.sample(_KIND_VOORNAMEN, rng.choice((1, 1, 2, 3)))
    ouders = [_demo_ouder(rng, naam, achternaam) for naam in ouder_namen]
    school = rng.choice(scholen) if scholen else (None, None)
    kinderen = [_demo_kind(rng, naam, achternaam, today, school) for naam in kind_namen]
    return NieuwGezin(
        id=_id(rng),
        naam=f"Gezin {achternaam}",
        ouders=ouders,
        kinderen=kinderen,
        adres=f"{rng.choice(_STRATEN)} {rng.randint(1, 180)}",
        postcode=f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
        f"{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}",
        plaats=rng.choice(_PLAATSEN),
    )


def _demo_ouder(rng: random.Random, voornaam: str, achternaam: str) -> NieuweOuder:
    taal, tolk = rng.choice(_TALEN)
    return NieuweOuder(
        id=_id(rng),
        voornaam=voornaam,
        achternaam=achternaam,
        taal=taal,
        tolk_nodig=tolk,
        telefoon=f"06-{rng.randint(10_000_000, 99_999_999)}",
        bereikbaarheid=rng.choice(("'s ochtends", "na 15.00 uur", "via WhatsApp", "")),
    )


def _demo_kind(
    rng: random.Random,
    voornaam: str,
    achternaam: str,
    today: date,
    school: tuple[uuid.UUID | None, uuid.UUID | None],
) -> NieuwKind:
    groep = rng.randint(1, 4)
    age_days = (groep + 3) * 365 + rng.randint(0, 364)
    return NieuwKind(
        id=_id(rng),
        voornaam=voornaam,
        achternaam=achternaam,
        groep=groep,
        geboortedatum=today - timedelta(days=age_days),
        school_id=school[0],
        leerkracht_id=school[1],
    )


def fill_demo(session: Session, families: int, seed: int = 1, today: date | None = None) -> int:
    """Add `families` fictional families, each with a traject in some stage.

    The same seed and `today` give the same data. Every entity of the domain gets records:
    organisation, coaches, schools and teachers, partners of the sociale kaart, trajecten with
    their contactmomenten, plan van aanpak, activities, smiley scores, questionnaire answers,
    afsprakenkaart, consent, contra-indications and referrals.
    """
    rng = random.Random(seed)
    today = today or date.today()
    changes = Changes(session, Actor(DEMO_USER, "demo"))
    with reproducible_ids(rng):
        world = build_world(changes, rng)
        for _ in range(families):
            gezin = create_gezin(changes, demo_gezin(rng, today, world.scholen))
            fill_traject(changes, rng, world, gezin, today)
    return families


DEMO_PASSPHRASE = "samenleren-demo"
DEMO_FAMILIES = 25


def ensure_demo_workspace(folder: Path) -> Path:
    """Make the demo workspace (fictional families, passphrase `DEMO_PASSPHRASE`) if missing."""
    if not is_workspace(folder):
        workspace = Workspace.create(folder, DEMO_PASSPHRASE)
        with workspace, workspace.transaction() as session:
            fill_demo(session, DEMO_FAMILIES)
    return folder

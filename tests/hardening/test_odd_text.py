"""Odd and huge Unicode text in every field of a family: kept exactly, or refused in Dutch.

Through the domain service (a new aanmelding), the encrypted store (closed and opened again),
the JSON export, a family document (PDF) and a sync push to the real server and a pull on a
coordinator's laptop. Whatever is accepted comes back unchanged everywhere; whatever is
refused gets a `ValidationError` with a Dutch sentence and writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from samenleren_desktop.model.entities import Gezin, Kind, Ouder, Traject
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.aanmelding import NieuweAanmelding, registreer_aanmelding
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.export import export_data, write_json
from samenleren_desktop.model.services.gezinnen import NieuweOuder, NieuwGezin, NieuwKind
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import maak_document
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.hardening.corpus import ODD_TEXT, odd_text
from tests.hardening.fuzzing import attempt, fuzz
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop

ACTOR = Actor("sanne", "laptop-sanne")
Texts = dict[Any, dict[str, Any]]
"""Per model, the text of each field."""
LIMITS = {
    Gezin: {"naam": 200, "adres": 200, "postcode": 10, "plaats": 100, "notities": 10_000},
    Ouder: {
        "voornaam": 100,
        "achternaam": 100,
        "taal": 100,
        "telefoon": 30,
        "email": 200,
        "bereikbaarheid": 500,
    },
    Kind: {"voornaam": 100, "achternaam": 100},
}
"""Every text field a new aanmelding fills in (and the notes after it), with its length."""


def _fill(text: str, length: int) -> str:
    """`text` repeated up to exactly `length` characters (or cut to it)."""
    return (text * (length // max(len(text), 1) + 1))[:length] if text else ""


def _aanmelding(texts: Texts, door: str) -> NieuweAanmelding:
    ouder, kind = texts[Ouder], texts[Kind]
    gezin = {name: value for name, value in texts[Gezin].items() if name != "notities"}
    return NieuweAanmelding(
        gezin=NieuwGezin(
            ouders=(NieuweOuder(**ouder),),
            kinderen=(NieuwKind(groep=2, **kind),),
            **gezin,
        ),
        aanmeld_datum=date(2026, 9, 1),
        aangemeld_door=door,
    )


def _texts(text: str, huge: bool) -> Texts:
    """`text` in every field: cut to each field's length, or repeated to fill it."""
    return {
        model: {name: _fill(text, n) if huge else text[:n] for name, n in fields.items()}
        for model, fields in LIMITS.items()
    }


def _kept(given_: str, stored: str) -> bool:
    """Stored as given (names and who signed up are stripped of outer spaces)."""
    return stored in (given_, given_.strip())


def _stored(workspace: Workspace) -> list[Texts]:
    """The text fields of every family in the workspace, as `_texts` gives them."""
    with workspace.session() as session:
        found = []
        for gezin in session.exec(select(Gezin)):
            ouder = session.exec(select(Ouder).where(Ouder.gezin_id == gezin.id)).one()
            kind = session.exec(select(Kind).where(Kind.gezin_id == gezin.id)).one()
            records: dict[type, Any] = {Gezin: gezin, Ouder: ouder, Kind: kind}
            found.append(
                {m: {n: getattr(records[m], n) for n in LIMITS[m]} for m in LIMITS},
            )
        return found


def _register(workspace: Workspace, texts: Texts) -> bool:
    """Register the family; True when accepted, False when refused in Dutch (nothing written)."""
    before = _stored(workspace)

    def register() -> None:
        with record_changes(workspace, ACTOR) as changes:
            traject = registreer_aanmelding(changes, _aanmelding(texts, texts[Gezin]["naam"]))
            gezin = changes.session.get(Gezin, traject.gezin_id)
            assert gezin is not None
            changes.update(gezin, notities=texts[Gezin]["notities"])

    _done, error = attempt(register)
    if error is None:
        return True
    assert isinstance(error, ValidationError), error
    assert error.message.endswith("."), error.message
    assert _stored(workspace) == before
    return False


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _same(given_: Texts, stored: Texts) -> bool:
    return all(_kept(given_[m][n], stored[m][n]) for m in LIMITS for n in LIMITS[m])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("vreemd") / "ws"
    with Workspace.create(folder, PASSPHRASE, FAST_KDF) as workspace:
        yield workspace


@given(text=odd_text, huge=st.booleans())
@fuzz(40)
def test_any_text_in_every_field_is_kept_or_refused(
    store: Workspace, text: str, huge: bool
) -> None:
    texts = _texts(text, huge)
    if _register(store, texts):
        assert any(_same(texts, stored) for stored in _stored(store))


def test_the_corpus_survives_store_export_pdf_and_sync(server: LiveServer, tmp_path: Path) -> None:
    server.user("Noord", "begeleider", "sanne")
    server.user("Noord", "coordinator", "karim")
    sanne, karim = Laptop(tmp_path / "sanne", "sanne"), Laptop(tmp_path / "karim", "karim")
    try:
        sanne.enrol(server)
        karim.enrol(server)
        accepted = []
        for text in ODD_TEXT:
            for huge in (False, True):
                texts = _texts(text, huge)
                if _register(sanne.workspace, texts):
                    accepted.append(texts)
                else:  # only an empty name, or text no store can keep, is refused
                    assert not text.strip() or not _utf8(text), repr(text)
        with sanne.workspace.session() as session:
            write_json(export_data(session), tmp_path / "export.json")
            for traject in session.exec(select(Traject)):
                pdf = maak_document(session, traject.id, "dossier", date(2026, 12, 1))
                assert pdf.startswith(b"%PDF")
        exported = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
        names = {dossier["gezin"]["naam"] for dossier in exported["gezinnen"]}
        assert names == {texts[Gezin]["naam"].strip() for texts in accepted}
        assert sanne.service.sync().ok
        assert karim.service.sync().ok
        _assert_all_kept(accepted, _stored(karim.workspace))
    finally:
        sanne.close()
        karim.close()
    with Workspace.open(tmp_path / "sanne", PASSPHRASE) as reopened:
        _assert_all_kept(accepted, _stored(reopened))


def _assert_all_kept(given_: list[Texts], stored: list[Any]) -> None:
    assert len(stored) == len(given_)
    for texts in given_:
        assert any(_same(texts, found) for found in stored), texts[Gezin]["naam"][:40]

"""Every change: validated, one transaction, an audit entry and a sync outbox row."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from samenleren_desktop.model.entities import AuditEntry, Gezin, Ouder, OutboxChange, Toestemming
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.services.export import export_data
from samenleren_desktop.model.services.gezinnen import (
    NieuweOuder,
    NieuwGezin,
    NieuwKind,
    create_gezin,
)
from samenleren_desktop.model.store.workspace import Workspace

SANNE = Actor("sanne", "laptop-7")


def test_create_writes_audit_and_outbox_without_personal_data(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(changes, NieuwGezin(naam="Gezin Brandsma", plaats="Gouda"))
    with workspace.session() as session:
        audit = session.exec(select(AuditEntry)).one()
        outbox = session.exec(select(OutboxChange)).one()
        stored = session.get(Gezin, gezin.id)
    assert stored is not None
    assert stored.changed_by == "sanne"
    assert (audit.actie, audit.tabel, audit.record_id, audit.gezin_id) == (
        "create",
        "gezin",
        gezin.id,
        gezin.id,
    )
    assert audit.apparaat == "laptop-7"
    assert "naam" in audit.velden
    assert "Brandsma" not in json.dumps(audit.model_dump(mode="json"))
    assert outbox.op == "create"
    assert outbox.velden["naam"] == "Gezin Brandsma"


def test_a_bad_field_writes_nothing_at_all(workspace: Workspace) -> None:
    def two_families() -> None:
        with record_changes(workspace, SANNE) as changes:
            create_gezin(changes, NieuwGezin(naam="Gezin Goed"))
            create_gezin(changes, NieuwGezin(naam="Gezin Fout", kinderen=[NieuwKind("Tim", 7)]))

    with pytest.raises(ValidationError) as caught:
        two_families()
    assert caught.value.field == "groep"
    with workspace.session() as session:
        assert session.exec(select(Gezin)).all() == []
        assert session.exec(select(AuditEntry)).all() == []
        assert session.exec(select(OutboxChange)).all() == []


def test_too_long_text_names_the_field(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught, record_changes(workspace, SANNE) as changes:
        create_gezin(changes, NieuwGezin(naam="Gezin " + "a" * 300))
    assert caught.value.field == "naam"
    assert "te lang" in caught.value.message


def test_update_logs_only_real_changes(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(changes, NieuwGezin(naam="Gezin Brandsma"))
    with record_changes(workspace, Actor("youssef")) as changes:
        stored = changes.session.get(Gezin, gezin.id)
        assert stored is not None
        changes.update(stored, naam="Gezin Brandsma", plaats="Leiden")
        changes.update(stored, plaats="Leiden")
    with workspace.session() as session:
        updates = session.exec(select(OutboxChange).where(OutboxChange.op == "update")).all()
        stored = session.get(Gezin, gezin.id)
    assert [u.velden for u in updates] == [{"plaats": "Leiden"}]
    assert stored is not None
    assert stored.changed_by == "youssef"
    assert stored.updated_at > stored.created_at


def test_update_of_an_unknown_field_is_refused(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(changes, NieuwGezin(naam="Gezin Brandsma"))
        with pytest.raises(ValidationError) as caught:
            changes.update(gezin, bestaat_niet=1)
    assert caught.value.field == "bestaat_niet"


def test_delete_is_audited_and_queued(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(changes, NieuwGezin(naam="Gezin Brandsma"))
    with record_changes(workspace, SANNE) as changes:
        stored = changes.session.get(Gezin, gezin.id)
        assert stored is not None
        changes.delete(stored)
    with workspace.session() as session:
        assert session.get(Gezin, gezin.id) is None
        ops = [o.op for o in session.exec(select(OutboxChange))]
    assert ops == ["create", "delete"]


def test_fixed_value_fields_accept_only_their_values(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(
            changes, NieuwGezin(naam="Gezin Brandsma", ouders=[NieuweOuder("Eva")])
        )
        ouder = changes.session.exec(select(Ouder)).one()
        consent = Toestemming(
            gezin_id=gezin.id, ouder_id=ouder.id, soort="verwerking", gegeven_op=date(2026, 9, 1)
        )
        with pytest.raises(ValidationError) as caught:
            changes.create(consent.model_copy(update={"wijze": "fax"}))
        assert caught.value.field == "wijze"
        assert "handtekening" in caught.value.message
        changes.create(consent.model_copy(update={"handtekening": b"\x89PNG\r\n"}))


def test_export_of_a_family_with_a_drawn_signature(workspace: Workspace) -> None:
    with record_changes(workspace, SANNE) as changes:
        gezin = create_gezin(
            changes, NieuwGezin(naam="Gezin Brandsma", ouders=[NieuweOuder("Eva")])
        )
        ouder = changes.session.exec(select(Ouder)).one()
        changes.create(
            Toestemming(
                gezin_id=gezin.id,
                ouder_id=ouder.id,
                soort="verwerking",
                gegeven_op=date(2026, 9, 1),
                wijze="handtekening",
                handtekening=b"\x89PNG\r\n",
            )
        )
    with workspace.session() as session:
        data = export_data(session, gezin.id)
    text = json.dumps(data)
    assert json.loads(text)["gezinnen"][0]["toestemming"][0]["handtekening"] == "89504e470d0a"


def test_range_errors_are_in_dutch(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught, record_changes(workspace, SANNE) as changes:
        create_gezin(changes, NieuwGezin(naam="Gezin X", kinderen=[NieuwKind("Tim", 7)]))
    assert caught.value.message == "'groep' mag hoogstens 4 zijn."

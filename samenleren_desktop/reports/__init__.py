"""PDF documents and reports, made locally with reportlab. Nothing here imports Qt.

Family documents of one traject (`DOCUMENTEN`): plan van aanpak, afsprakenkaart, certificaten
for parent and child, evaluation summary and the full dossier. The coordinator's report over a
period, with the same figures as CSV. Every file is written through a temporary file and moved
into place (`bestand.write_atomic`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlmodel import Session

from samenleren_desktop.config import MachineConfig, load_machine_config
from samenleren_desktop.model.content import Content, load_content
from samenleren_desktop.model.entities import Begeleider, School
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.rapportage import RapportFilter, rapportcijfers
from samenleren_desktop.reports import afsprakenkaart, batch, certificaat, evaluatie, plan
from samenleren_desktop.reports.batch import BatchResultaat, afgeronde_in_selectie, veilige_naam
from samenleren_desktop.reports.bestand import check_target, check_writable, write_atomic
from samenleren_desktop.reports.dossier import dossier
from samenleren_desktop.reports.gegevens import FamilieGegevens, lees_familie, organisatie_naam
from samenleren_desktop.reports.opmaak import DocumentInfo
from samenleren_desktop.reports.rapport import csv_bytes, rapport_pdf

log = logging.getLogger(__name__)

Maker = Callable[[Session, FamilieGegevens, DocumentInfo], bytes]

DOCUMENTEN: dict[str, tuple[str, Maker]] = {
    "plan": ("Plan van aanpak", lambda s, d, i: plan.plan_van_aanpak(d, i)),
    "afsprakenkaart": ("Afsprakenkaart", lambda s, d, i: afsprakenkaart.afsprakenkaart(d, i)),
    "certificaat-ouder": ("Certificaat ouder", lambda s, d, i: certificaat.certificaat_ouder(d, i)),
    "certificaat-kind": ("Certificaat kind", lambda s, d, i: certificaat.certificaat_kind(d, i)),
    "evaluatie": ("Evaluatie", lambda s, d, i: evaluatie.evaluatie(d, i)),
    "dossier": ("Dossier (alles wat we bewaren)", dossier),
}
"""Document kind (as on the command line) → (Dutch name, maker)."""


AFGERONDE_FASEN = ("afronding", "nazorg", "afgesloten")
NOG_NIET_AFGEROND = (
    "Dit traject is nog niet afgerond (er is nog geen eindevaluatie of afsluitende "
    "activiteit). Het certificaat is wel gemaakt. Geef het pas bij de afronding."
)


def is_afgerond(data: FamilieGegevens) -> bool:
    """Whether the traject reached its afronding (so a certificate fits now)."""
    return (
        data.traject.status in AFGERONDE_FASEN
        or data.datum_van("eindevaluatie") is not None
        or data.datum_van("afsluitende_activiteit") is not None
    )


def _meld(waarschuwingen: list[str] | None, tekst: str) -> None:
    log.warning("%s", tekst)
    if waarschuwingen is not None and tekst not in waarschuwingen:
        waarschuwingen.append(tekst)


def bruikbaar_logo(logo: Path | None, waarschuwingen: list[str] | None = None) -> Path | None:
    """The logo when it is a picture that can be read; else None and a plain warning."""
    if logo is None or not str(logo).strip():
        return None
    logo = Path(logo).expanduser()
    if not logo.is_file():
        _meld(
            waarschuwingen,
            f"Het logo {logo} is niet gevonden. Het document is gemaakt zonder logo. "
            "Kies een ander logo bij Instellingen.",
        )
        return None
    try:
        image = DocumentInfo("", date.today(), logo).logo_image()
        if image is not None:
            image.getSize()
    except Exception:
        _meld(
            waarschuwingen,
            f"Het logo {logo} is geen plaatje dat Samen Leren kan lezen. Het document is "
            "gemaakt zonder logo. Kies een PNG- of JPEG-bestand.",
        )
        return None
    return logo


def document_info(
    session: Session,
    today: date,
    logo: Path | None = None,
    *,
    organisatie: str | None = None,
    machine: MachineConfig | None = None,
    waarschuwingen: list[str] | None = None,
) -> DocumentInfo:
    """The organisation's name, the document date and the logo of every document.

    The logo: the one given (`--logo`, the user's setting), else the administrator's
    (`logo` in the machine-wide file). The name: the one given, else the administrator's
    `organisation`, else the workspace's first organisation. A logo that is missing or not a
    picture never stops a document: it is made without, and `waarschuwingen` gets why.
    """
    machine = load_machine_config() if machine is None else machine
    gekozen = logo if logo is not None and str(logo).strip() else machine.logo
    naam = organisatie or machine.organisation or organisatie_naam(session)
    bruikbaar = bruikbaar_logo(Path(gekozen) if gekozen else None, waarschuwingen)
    return DocumentInfo(naam, today, bruikbaar)


def maak_document(
    session: Session,
    traject_id: uuid.UUID,
    soort: str,
    today: date,
    logo: Path | None = None,
    content: Content | None = None,
    *,
    info: DocumentInfo | None = None,
    organisatie: str | None = None,
    waarschuwingen: list[str] | None = None,
) -> bytes:
    """One family document of a traject, as PDF bytes (see `document_info` for the logo)."""
    if soort not in DOCUMENTEN:
        keuzes = ", ".join(DOCUMENTEN)
        raise SamenLerenError(f"Onbekend document '{soort}'. Kies uit: {keuzes}.")
    data = lees_familie(session, traject_id, today, content)
    if soort.startswith("certificaat") and not is_afgerond(data):
        _meld(waarschuwingen, NOG_NIET_AFGEROND)
    if info is None:
        info = document_info(
            session, today, logo, organisatie=organisatie, waarschuwingen=waarschuwingen
        )
    return DOCUMENTEN[soort][1](session, data, info)


def exporteer_document(
    session: Session,
    traject_id: uuid.UUID,
    soort: str,
    target: Path,
    today: date,
    logo: Path | None = None,
    *,
    organisatie: str | None = None,
    waarschuwingen: list[str] | None = None,
) -> Path:
    """Make a family document and write it safely to `target`."""
    check_target(target, ".pdf")
    pdf = maak_document(
        session,
        traject_id,
        soort,
        today,
        logo,
        organisatie=organisatie,
        waarschuwingen=waarschuwingen,
    )
    return write_atomic(pdf, target)


def selectie_tekst(session: Session, filter_: RapportFilter) -> str:
    """'School: Basisschool De Regenboog · Begeleider: Sanne Wolters' for the report."""
    parts = []
    if filter_.school_id is not None:
        school = session.get(School, filter_.school_id)
        if school is None:
            raise SamenLerenError(f"Er is geen school met id {filter_.school_id}.")
        parts.append(f"School: {school.naam}")
    if filter_.begeleider_id is not None:
        begeleider = session.get(Begeleider, filter_.begeleider_id)
        if begeleider is None:
            raise SamenLerenError(f"Er is geen begeleider met id {filter_.begeleider_id}.")
        parts.append(f"Begeleider: {begeleider.naam}")
    return " · ".join(parts)


def exporteer_rapport(
    session: Session,
    filter_: RapportFilter,
    target: Path,
    today: date,
    csv_target: Path | None = None,
    logo: Path | None = None,
    *,
    organisatie: str | None = None,
    waarschuwingen: list[str] | None = None,
) -> Path:
    """The coordinator's report as PDF (and CSV when `csv_target` is given)."""
    # both targets first: a report makes its PDF and CSV together, or neither of them
    check_writable(target, ".pdf")
    if csv_target is not None:
        check_writable(csv_target, ".csv")
        if Path(csv_target).resolve() == Path(target).resolve():
            raise SamenLerenError("Geef de CSV een andere bestandsnaam dan de PDF.")
    content = load_content()
    selectie = selectie_tekst(session, filter_)
    cijfers = rapportcijfers(session, filter_, today)
    info = document_info(
        session, today, logo, organisatie=organisatie, waarschuwingen=waarschuwingen
    )
    pdf = rapport_pdf(cijfers, content, info, selectie)
    written = write_atomic(pdf, target)
    if csv_target is not None:
        try:
            write_atomic(csv_bytes(cijfers, content), csv_target, ".csv")
        except SamenLerenError:
            Path(target).unlink(missing_ok=True)  # neither, rather than a PDF alone
            raise
    return written


def exporteer_batch(
    session: Session,
    trajecten: Sequence[tuple[uuid.UUID, str]],
    soort: str,
    folder: Path,
    today: date,
    on_progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    logo: Path | None = None,
    organisatie: str | None = None,
    waarschuwingen: list[str] | None = None,
) -> BatchResultaat:
    """One document per traject into `folder`; see `batch.exporteer_batch`."""
    if soort not in DOCUMENTEN:
        raise SamenLerenError(f"Onbekend document '{soort}'. Kies uit: {', '.join(DOCUMENTEN)}.")
    info = document_info(
        session, today, logo, organisatie=organisatie, waarschuwingen=waarschuwingen
    )

    def maak(
        s: Session, traject_id: uuid.UUID, kind: str, day: date, content: Content, i: DocumentInfo
    ) -> bytes:
        return maak_document(s, traject_id, kind, day, content=content, info=i)

    return batch.exporteer_batch(
        session, trajecten, soort, folder, today, maak, info, on_progress, cancelled
    )


__all__ = [
    "DOCUMENTEN",
    "BatchResultaat",
    "DocumentInfo",
    "afgeronde_in_selectie",
    "bruikbaar_logo",
    "document_info",
    "exporteer_batch",
    "exporteer_document",
    "exporteer_rapport",
    "maak_document",
    "selectie_tekst",
    "veilige_naam",
]

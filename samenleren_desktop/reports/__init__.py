"""PDF documents and reports, made locally with reportlab. Nothing here imports Qt.

Family documents of one traject (`DOCUMENTEN`): plan van aanpak, afsprakenkaart, certificaten
for parent and child, evaluation summary and the full dossier. The coordinator's report over a
period, with the same figures as CSV. Every file is written through a temporary file and moved
into place (`bestand.write_atomic`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlmodel import Session

from samenleren_desktop.model.content import Content, load_content
from samenleren_desktop.model.entities import Begeleider, School
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.rapportage import RapportFilter, rapportcijfers
from samenleren_desktop.reports import certificaat, evaluatie, plan
from samenleren_desktop.reports.bestand import write_atomic
from samenleren_desktop.reports.dossier import dossier
from samenleren_desktop.reports.gegevens import FamilieGegevens, lees_familie, organisatie_naam
from samenleren_desktop.reports.opmaak import DocumentInfo
from samenleren_desktop.reports.rapport import csv_bytes, rapport_pdf

Maker = Callable[[Session, FamilieGegevens, DocumentInfo], bytes]

DOCUMENTEN: dict[str, tuple[str, Maker]] = {
    "plan": ("Plan van aanpak", lambda s, d, i: plan.plan_van_aanpak(d, i)),
    "afsprakenkaart": ("Afsprakenkaart", lambda s, d, i: plan.afsprakenkaart(d, i)),
    "certificaat-ouder": ("Certificaat ouder", lambda s, d, i: certificaat.certificaat_ouder(d, i)),
    "certificaat-kind": ("Certificaat kind", lambda s, d, i: certificaat.certificaat_kind(d, i)),
    "evaluatie": ("Evaluatie", lambda s, d, i: evaluatie.evaluatie(d, i)),
    "dossier": ("Dossier (alles wat we bewaren)", dossier),
}
"""Document kind (as on the command line) → (Dutch name, maker)."""


def document_info(session: Session, today: date, logo: Path | None = None) -> DocumentInfo:
    """The organisation name from the workspace, the document date and an optional logo."""
    if logo is not None and not Path(logo).is_file():
        raise SamenLerenError(f"Het logo {logo} bestaat niet. Kies een PNG- of JPEG-bestand.")
    return DocumentInfo(organisatie_naam(session), today, Path(logo) if logo else None)


def maak_document(
    session: Session,
    traject_id: uuid.UUID,
    soort: str,
    today: date,
    logo: Path | None = None,
    content: Content | None = None,
) -> bytes:
    """One family document of a traject, as PDF bytes."""
    if soort not in DOCUMENTEN:
        keuzes = ", ".join(DOCUMENTEN)
        raise SamenLerenError(f"Onbekend document '{soort}'. Kies uit: {keuzes}.")
    data = lees_familie(session, traject_id, today, content)
    return DOCUMENTEN[soort][1](session, data, document_info(session, today, logo))


def exporteer_document(
    session: Session,
    traject_id: uuid.UUID,
    soort: str,
    target: Path,
    today: date,
    logo: Path | None = None,
) -> Path:
    """Make a family document and write it safely to `target`."""
    return write_atomic(maak_document(session, traject_id, soort, today, logo), target)


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
) -> Path:
    """The coordinator's report as PDF (and CSV when `csv_target` is given)."""
    content = load_content()
    selectie = selectie_tekst(session, filter_)
    cijfers = rapportcijfers(session, filter_, today)
    pdf = rapport_pdf(cijfers, content, document_info(session, today, logo), selectie)
    if csv_target is not None:
        write_atomic(csv_bytes(cijfers, content), csv_target, ".csv")
    return write_atomic(pdf, target)


def veilige_naam(tekst: str) -> str:
    """A plain file name part from a family's name: 'Gezin Öztürk' → 'Gezin-Öztürk'."""
    schoon = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in tekst.strip())
    return "-".join(part for part in schoon.split("-") if part)[:80] or "gezin"


def exporteer_batch(
    session: Session,
    trajecten: Sequence[tuple[uuid.UUID, str]],
    soort: str,
    folder: Path,
    today: date,
    on_progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One document per traject into `folder` (named after the family); stops when cancelled.

    Each file is written atomically, so a cancelled batch leaves only complete files.
    """
    content = load_content()
    written: list[Path] = []
    for index, (traject_id, naam) in enumerate(trajecten):
        if cancelled is not None and cancelled():
            break
        target = Path(folder) / f"{soort}-{veilige_naam(naam)}-{str(traject_id)[:8]}.pdf"
        pdf = maak_document(session, traject_id, soort, today, content=content)
        written.append(write_atomic(pdf, target))
        if on_progress is not None:
            on_progress(index + 1)
    return written


__all__ = [
    "DOCUMENTEN",
    "DocumentInfo",
    "document_info",
    "exporteer_batch",
    "exporteer_document",
    "exporteer_rapport",
    "maak_document",
    "selectie_tekst",
    "veilige_naam",
]

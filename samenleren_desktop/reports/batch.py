"""Batch export: one document per traject into a folder, e.g. every finished child's certificate.

    result = exporteer_batch(session, trajecten, "certificaat-kind", folder, today)
    result.gemaakt    # the files written, complete
    result.mislukt    # (family, why) for each document that could not be made

A document that fails does not stop the others; the folder is checked first, so a folder that
cannot be written gives one clear message instead of the same failure for every family.
Which trajecten: `afgeronde_in_selectie` follows the coordinator's filters (period, school,
coach), the same selection the overview shows.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session

from samenleren_desktop.model.content import Content, load_content
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.rapportage import (
    AFGERONDE_STATUSSEN,
    RapportFilter,
    achterstanden,
)
from samenleren_desktop.reports.bestand import check_writable, write_atomic
from samenleren_desktop.reports.opmaak import DocumentInfo

log = logging.getLogger(__name__)

Maker = Callable[[Session, uuid.UUID, str, date, Content, DocumentInfo], bytes]

ONBEKENDE_FOUT = "Er ging iets mis bij het maken van dit document."


@dataclass
class BatchResultaat:
    """What a batch made and what it could not make.

    Attributes:
        gemaakt: the files written (each complete).
        mislukt: (family name, the reason in plain Dutch) per document that failed.
        gestopt: whether the user stopped the batch before the end.
    """

    gemaakt: list[Path] = field(default_factory=list)
    mislukt: list[tuple[str, str]] = field(default_factory=list)
    gestopt: bool = False


NAAM_BYTES = 120
"""The longest file name part from a family's name, in UTF-8 bytes (names are at most 255)."""


def veilige_naam(tekst: str) -> str:
    """A plain file name part from a family's name: 'Gezin Öztürk' → 'Gezin-Öztürk'."""
    schoon = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in tekst.strip())
    naam = "-".join(part for part in schoon.split("-") if part)
    kort = naam.encode("utf-8", "ignore")[:NAAM_BYTES].decode("utf-8", "ignore")
    return kort.strip("-") or "gezin"


def batch_bestand(folder: Path, soort: str, naam: str, traject_id: uuid.UUID) -> Path:
    """'certificaat-kind-Gezin-Öztürk-1a2b3c4d.pdf' in `folder`."""
    return Path(folder) / f"{soort}-{veilige_naam(naam)}-{str(traject_id)[:8]}.pdf"


def afgeronde_in_selectie(
    session: Session, filter_: RapportFilter | None, today: date
) -> list[tuple[uuid.UUID, str]]:
    """The finished trajecten (nazorg or afgesloten) within the filter, by family name.

    Without a filter: every finished traject of the workspace.
    """
    if filter_ is None:
        filter_ = RapportFilter(date.min, date.max)
    regels = achterstanden(session, filter_, today)
    gekozen = [(r.traject_id, r.gezin) for r in regels if r.status in AFGERONDE_STATUSSEN]
    return sorted(gekozen, key=lambda t: (t[1], str(t[0])))


def exporteer_batch(
    session: Session,
    trajecten: Sequence[tuple[uuid.UUID, str]],
    soort: str,
    folder: Path,
    today: date,
    maak: Maker,
    info: DocumentInfo,
    on_progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResultaat:
    """One document per traject into `folder` (named after the family); stops when cancelled.

    Each file is written atomically, so a cancelled or failing batch leaves only complete
    files. A folder that cannot be written raises a SamenLerenError before anything is made.
    """
    check_writable(Path(folder) / f"{soort}.pdf", ".pdf")
    content = load_content()
    result = BatchResultaat()
    for index, (traject_id, naam) in enumerate(trajecten):
        if cancelled is not None and cancelled():
            result.gestopt = True
            break
        target = batch_bestand(folder, soort, naam, traject_id)
        try:
            pdf = maak(session, traject_id, soort, today, content, info)
            result.gemaakt.append(write_atomic(pdf, target))
        except SamenLerenError as error:
            result.mislukt.append((naam, error.message))
        except Exception:  # one broken record must not cost the other families their documents
            log.exception("batch document %s for traject %s failed", soort, traject_id)
            result.mislukt.append((naam, ONBEKENDE_FOUT))
        if on_progress is not None:
            on_progress(index + 1)
    return result

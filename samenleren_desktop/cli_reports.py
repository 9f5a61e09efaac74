"""Command line: `samenleren export pdf …` (family documents) and `samenleren report pdf …`."""

from __future__ import annotations

import argparse
import uuid
from datetime import date
from pathlib import Path

from samenleren_desktop.cli_workspace import passphrase
from samenleren_desktop.model.errors import ValidationError

# reportlab and the database layer are imported inside the commands: starting the GUI parses
# the same command line and must not wait for them.
DOCUMENT_SOORTEN = (
    "plan",
    "afsprakenkaart",
    "certificaat-ouder",
    "certificaat-kind",
    "evaluatie",
    "dossier",
)
"""The documents `export pdf` makes; a test checks they equal `reports.DOCUMENTEN`."""

NIET_VERSLEUTELD = (
    "Let op: {wat} niet versleuteld. Bewaar {ze} veilig en verwijder {ze} na gebruik."
)


def _uuid(text: str, what: str, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(f"'{text}' is geen geldig {what}.", field=field) from None


def _datum(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"'{text}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, "
            "bijvoorbeeld 2026-09-01.",
            field=field,
        ) from None


def _waarschuw(waarschuwingen: list[str]) -> None:
    for tekst in waarschuwingen:
        print(f"Let op: {tekst}")


def export_pdf(args: argparse.Namespace) -> int:
    """`samenleren export pdf PATH --traject ID --document SOORT --out FILE`."""
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415
    from samenleren_desktop.reports import DOCUMENTEN, exporteer_document  # noqa: PLC0415

    traject = _uuid(args.traject, "traject-id", "traject")
    waarschuwingen: list[str] = []
    with Workspace.open(args.path, passphrase(args)) as workspace, workspace.session() as s:
        exporteer_document(
            s,
            traject,
            args.document,
            args.out,
            date.today(),
            args.logo,
            waarschuwingen=waarschuwingen,
        )
    print(f"{DOCUMENTEN[args.document][0]} gemaakt: {args.out}")
    _waarschuw(waarschuwingen)
    print(NIET_VERSLEUTELD.format(wat="dit PDF-bestand is", ze="het"))
    return 0


def report_pdf(args: argparse.Namespace) -> int:
    """`samenleren report pdf PATH --from DATE --to DATE [...] --out FILE [--csv FILE]`."""
    from samenleren_desktop.model.services.rapportage import RapportFilter  # noqa: PLC0415
    from samenleren_desktop.model.store.workspace import Workspace  # noqa: PLC0415
    from samenleren_desktop.reports import exporteer_rapport  # noqa: PLC0415

    filter_ = RapportFilter(
        van=_datum(args.van, "from"),
        tot=_datum(args.tot, "to"),
        school_id=_uuid(args.school, "school-id", "school") if args.school else None,
        begeleider_id=(
            _uuid(args.begeleider, "begeleider-id", "begeleider") if args.begeleider else None
        ),
    )
    waarschuwingen: list[str] = []
    with Workspace.open(args.path, passphrase(args)) as workspace, workspace.session() as s:
        exporteer_rapport(
            s, filter_, args.out, date.today(), args.csv, args.logo, waarschuwingen=waarschuwingen
        )
    print(f"Rapportage gemaakt: {args.out}")
    _waarschuw(waarschuwingen)
    if args.csv:
        print(f"Cijfers als CSV: {args.csv}")
    print(NIET_VERSLEUTELD.format(wat="PDF- en CSV-bestanden zijn", ze="ze"))
    return 0


_EXPORT_EPILOG = """\
voorbeeld:
  samenleren export pdf ~/SamenLeren --traject ID --document certificaat-kind --out zoe.pdf

De id van een traject staat in de JSON-export (samenleren export json).
"""

_REPORT_EPILOG = """\
voorbeeld:
  samenleren report pdf ~/SamenLeren --from 2026-01-01 --to 2026-12-31 \\
      --out rapportage.pdf --csv rapportage.csv

De CSV is UTF-8 met ';' tussen de velden, zodat Excel hem goed opent.
"""


def _common(parser: argparse.ArgumentParser) -> None:
    parser._positionals.title = "argumenten"
    parser.add_argument("path", type=Path, metavar="PAD", help="de map van de werkruimte")
    parser.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="doelbestand")
    parser.add_argument(
        "--logo",
        type=Path,
        metavar="BESTAND",
        help="logo (PNG of JPEG); anders het logo uit het beheerbestand",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het wachtwoord uit de eerste regel van dit bestand",
    )


def register(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `samenleren report pdf …`."""
    text = "rapportages voor coördinatoren maken"
    group = top.add_parser("report", help=text, description=text)
    sub = group.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)
    help_text = "rapportage over een periode als PDF (en CSV)"
    pdf = sub.add_parser("pdf", help=help_text, description=help_text, epilog=_REPORT_EPILOG)
    pdf.set_defaults(handler=report_pdf)
    _common(pdf)
    pdf.add_argument(
        "--from", dest="van", required=True, metavar="DATUM", help="eerste dag (JJJJ-MM-DD)"
    )
    pdf.add_argument(
        "--to", dest="tot", required=True, metavar="DATUM", help="laatste dag (JJJJ-MM-DD)"
    )
    pdf.add_argument("--school", metavar="ID", help="alleen gezinnen van deze school")
    pdf.add_argument("--begeleider", metavar="ID", help="alleen trajecten van deze begeleider")
    pdf.add_argument(
        "--csv",
        type=Path,
        metavar="BESTAND",
        help="ook de cijfers als CSV (UTF-8, gescheiden door ;)",
    )


def register_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `samenleren export pdf …`."""
    help_text = "een document van één traject als PDF"
    pdf = sub.add_parser("pdf", help=help_text, description=help_text, epilog=_EXPORT_EPILOG)
    pdf.set_defaults(handler=export_pdf)
    _common(pdf)
    pdf.add_argument("--traject", required=True, metavar="ID", help="het traject")
    pdf.add_argument(
        "--document",
        required=True,
        choices=DOCUMENT_SOORTEN,
        metavar="SOORT",
        help="welk document: " + ", ".join(DOCUMENT_SOORTEN),
    )

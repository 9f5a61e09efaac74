"""Render every kind of PDF document into docs/pdf/<kind>-<page>.png from fictional demo data.

    python tools/render_pdf_docs.py [--out docs/pdf] [--dpi 100] [--today 2026-12-04]
                                    [--keep-pdf DIR]

Makes a throwaway demo workspace (fixed seed; today's date unless --today), picks the finished
traject with the most visits, and renders its plan van aanpak, afsprakenkaart, certificates,
evaluatie and the first pages of its dossier, plus the coordinator's report over the year, with
pdftoppm (poppler-utils), saved as 256-colour PNGs to keep the repository small. The documents
carry a logo drawn here (two figures under a roof, for the fictional "Stichting Samen Verder"),
so the pictures show where a logo lands. Old PNGs of a kind are removed first, so a document
that got shorter leaves no stale page behind.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from samenleren_desktop.config import MachineConfig
from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import AfsprakenkaartItem, Contactmoment, Traject
from samenleren_desktop.model.services.rapportage import RapportFilter
from samenleren_desktop.model.store import keyfile
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import document_info, exporteer_rapport, maak_document

FAMILIES = 40
SEED = 7
PAGES = {"dossier": 2}
"""Kinds of which only the first pages are shown (the dossier runs to many pages)."""

FAST_KDF = keyfile.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def showcase_traject(session: Session) -> Traject:
    """The finished traject with the most visits and an afsprakenkaart: the fullest documents."""
    kaarten = set(session.exec(select(AfsprakenkaartItem.traject_id)).all())
    trajecten = [
        t
        for t in session.exec(select(Traject)).all()
        if t.status in ("nazorg", "afgesloten") and t.id in kaarten
    ]
    if not trajecten:
        raise SystemExit("the demo has no finished traject; try another --seed")

    def visits(traject: Traject) -> int:
        query = select(Contactmoment).where(Contactmoment.traject_id == traject.id)
        return len(session.exec(query).all())

    return max(trajecten, key=lambda t: (visits(t), str(t.id)))


def fictional_logo(target: Path) -> Path:
    """A small PNG logo for the fictional organisation: a house with two figures, no text."""
    from PIL import Image, ImageDraw  # noqa: PLC0415 - pillow comes with reportlab

    size = 240
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, size - 8, size - 8), radius=48, fill="#1F6F8B")
    draw.polygon([(36, 104), (120, 36), (204, 104)], fill="#E0A526")
    for cx, r, colour in ((96, 22, "#FFFFFF"), (152, 17, "#FCE4EC")):
        draw.ellipse((cx - r, 158 - 2 * r, cx + r, 158), fill=colour)
        draw.pieslice((cx - 1.6 * r, 164, cx + 1.6 * r, 164 + 3.2 * r), 180, 360, fill=colour)
    image.save(target)
    return target


def render(pdf: bytes, out: Path, kind: str, dpi: int, work: Path) -> list[Path]:
    """The pages of `pdf` as out/<kind>-<n>.png (at most PAGES[kind] pages)."""
    for old in out.glob(f"{kind}-*.png"):
        old.unlink()
    source = work / f"{kind}.pdf"
    source.write_bytes(pdf)
    command = ["pdftoppm", "-r", str(dpi), "-png", str(source), str(work / kind)]
    if kind in PAGES:
        command[1:1] = ["-f", "1", "-l", str(PAGES[kind])]
    subprocess.run(command, check=True)  # a fixed tool with our own arguments
    pages = []
    for page in sorted(work.glob(f"{kind}-*.png")):
        number = int(page.stem.rsplit("-", 1)[1])
        target = out / f"{kind}-{number}.png"
        _shrink(page, target)
        page.unlink()
        pages.append(target)
    return pages


def _shrink(source: Path, target: Path) -> None:
    """The page as a 256-colour PNG: about a third of the size, colours within a few steps."""
    from PIL import Image  # noqa: PLC0415 - pillow comes with reportlab

    with Image.open(source) as image:
        palette = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MAXCOVERAGE, dither=Image.Dither.NONE
        )
        palette.save(target, optimize=True)


def main(argv: list[str] | None = None) -> int:
    """Render the documents; print each PNG with its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/pdf"))
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep-pdf", type=Path, help="also keep the PDFs in this folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        workspace = Workspace.create(work / "ws", "alleen om plaatjes te maken", kdf=FAST_KDF)
        with workspace:
            with workspace.transaction() as session:
                fill_demo(session, FAMILIES, seed=args.seed, today=args.today)
            pdfs = _documents(workspace, args.today, fictional_logo(work / "logo.png"), work)
        for kind, pdf in pdfs.items():
            if args.keep_pdf:
                args.keep_pdf.mkdir(parents=True, exist_ok=True)
                (args.keep_pdf / f"{kind}.pdf").write_bytes(pdf)
            for page in render(pdf, args.out, kind, args.dpi, work):
                print(f"{page}  {page.stat().st_size // 1024} KB")
    return 0


def _documents(workspace: Workspace, today: date, logo: Path, work: Path) -> dict[str, bytes]:
    kinds = ("plan", "afsprakenkaart", "certificaat-ouder", "certificaat-kind", "evaluatie")
    with workspace.session() as session:
        traject = showcase_traject(session)
        info = document_info(session, today, logo, machine=MachineConfig())
        pdfs = {k: maak_document(session, traject.id, k, today, info=info) for k in kinds}
        pdfs["dossier"] = maak_document(session, traject.id, "dossier", today, info=info)
        report = work / "rapport.pdf"
        jaar = RapportFilter(date(today.year, 1, 1), today)
        exporteer_rapport(session, jaar, report, today, logo=logo)
        pdfs["rapport"] = report.read_bytes()
    return pdfs


if __name__ == "__main__":
    sys.exit(main())

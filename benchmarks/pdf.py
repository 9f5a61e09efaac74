# mypy: disable-error-code="import-untyped"
"""PDF timings: one plan van aanpak, a report over 1,000 trajecten, 100 certificates.

The certificates are a real batch export (`reports.exporteer_batch`, as the overview's button
does): the first 100 finished trajecten, each PDF written atomically into a folder.

Run: python benchmarks/pdf.py [--families N] [--certificates C] [--repeat R]
Each figure is the median of R runs, printed beside a baseline from the same run: a one-page
reportlab "hello" PDF with the same embedded font.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlmodel import col, select

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import PlanDoel, Traject
from samenleren_desktop.model.services.rapportage import RapportFilter, rapportcijfers
from samenleren_desktop.model.store import keyfile
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.reports import (
    afgeronde_in_selectie,
    exporteer_batch,
    exporteer_rapport,
    maak_document,
)
from samenleren_desktop.reports.opmaak import FONT, register_fonts

TODAY = date(2026, 11, 2)
FAST_KDF = keyfile.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def _median(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _hello() -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(FONT, 24)
    canvas.drawString(100, 700, "Hallo, Samen Leren!")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    """Build a demo workspace, measure, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=1000)
    parser.add_argument("--certificates", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        ws = Workspace.create(Path(tmp) / "ws", "benchmark wachtwoord lang genoeg", FAST_KDF)
        with ws.transaction() as session:
            fill_demo(session, args.families, seed=3, today=TODAY)
        print(
            f"demo workspace of {args.families} families made in "
            f"{time.perf_counter() - start:.1f} s"
        )
        with ws.session() as session:
            with_goals = select(PlanDoel.traject_id).distinct()
            ids = list(session.exec(with_goals).all())
            finished = afgeronde_in_selectie(session, None, TODAY)[: args.certificates]
            folder = Path(tmp) / "certificaten"
            folder.mkdir()
            period = RapportFilter(date(2025, 1, 1), date(2026, 12, 31))
            baseline = _median(_hello, args.repeat * 3)
            plan = _median(lambda: maak_document(session, ids[0], "plan", TODAY), args.repeat)
            figures = _median(lambda: rapportcijfers(session, period, TODAY), args.repeat)
            report = _median(
                lambda: exporteer_rapport(
                    session, period, Path(tmp) / "r.pdf", TODAY, Path(tmp) / "r.csv"
                ),
                args.repeat,
            )
            made: list[int] = []

            def _batch() -> None:
                result = exporteer_batch(session, finished, "certificaat-kind", folder, TODAY)
                assert not result.mislukt, result.mislukt
                made.append(len(result.gemaakt))

            batch = _median(_batch, args.repeat)
            count = len(session.exec(select(col(Traject.id))).all())
        ws.close()
    rows = [
        ("hello PDF (baseline)", baseline),
        ("plan van aanpak", plan),
        (f"report figures, {count} trajecten", figures),
        (f"report PDF + CSV, {count} trajecten", report),
        (f"batch of {made[0]} certificates kind", batch),
    ]
    print(f"{'what':<40}{'seconds':>10}{'x baseline':>14}")
    for name, seconds in rows:
        print(f"{name:<40}{seconds:>10.3f}{seconds / baseline:>14.1f}")


if __name__ == "__main__":
    main()

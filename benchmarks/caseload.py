"""Open a caseload of 2,000 families and filter it per keystroke, as ratios to plain baselines.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/caseload.py [--families N] [--repeat R]

The workspace (demo families with full trajecten, as in workspace_open.py) takes minutes to
build, so it is kept in a cache folder and reused while the family count and seed match;
`--rebuild` makes it again. Every figure is the median of R runs beside its baseline from the
same run:
- reading: `caseload_regels` vs a bare SELECT of all family rows (same encrypted workspace);
- showing: rows into the caseload table (model reset + paint) vs a plain table model with the
  same number of rows and columns of text;
- filtering: one keystroke of "van" (typed one key at a time, then erased) in the search field,
  events processed and the table painted, vs the usual way: a QSortFilterProxyModel with a fixed
  string over the plain table model (same rows and columns plus a hidden search column).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from sqlalchemy import text

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.services.caseload import CaseloadRegel, caseload_regels
from samenleren_desktop.model.services.changes import Actor
from samenleren_desktop.model.services.overzicht import gezin_regels
from samenleren_desktop.model.store import keyfile
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.caseload import CaseloadView
from samenleren_desktop.ui.caseload_model import COLUMNS
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.tasks import TaskRunner

PASSPHRASE = "benchmark wachtwoord lang genoeg"
TODAY = date(2026, 11, 2)
SEED = 1
_ROOT = QModelIndex()
TYPED = "van"


def _median(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cached_workspace(families: int, folder: Path | None, rebuild: bool) -> Path:
    """A workspace of `families` demo families, built once and kept in `folder`."""
    base = folder or Path(tempfile.gettempdir()) / "samenleren-benchmarks"
    target = base / f"caseload-{families}-seed{SEED}-{TODAY:%Y%m%d}"
    if rebuild and target.exists():
        shutil.rmtree(target)
    if not (target / "klaar").exists():
        shutil.rmtree(target, ignore_errors=True)
        print(f"building {families} families in {target} (once; takes a few minutes)...")
        params = keyfile.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
        with Workspace.create(target, PASSPHRASE, params) as ws, ws.transaction() as session:
            fill_demo(session, families, seed=SEED, today=TODAY)
        (target / "klaar").write_text("ok\n")
    return target


class PlainModel(QAbstractTableModel):
    """The baseline table: the same number of rows and columns of ready text."""

    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows[0]) if self.rows else 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


def _plain_rows(rows: list[CaseloadRegel]) -> list[tuple[str, ...]]:
    return [
        (
            r.gezin,
            r.kinderen,
            r.plaats,
            r.fase_label,
            r.stap_label,
            str(r.uiterste_datum),
            "",
            "",
            "",
        )
        for r in rows
    ]


def _reading(ws: Workspace, repeat: int) -> tuple[float, float, float, list[CaseloadRegel]]:
    with ws.session() as session:
        conn = session.connection()
        bare = _median(
            lambda: conn.execute(text("SELECT id, naam, plaats FROM gezin")).all(), repeat
        )
        families = _median(lambda: gezin_regels(session), repeat)
        caseload = _median(lambda: caseload_regels(session, TODAY), repeat)
        rows = caseload_regels(session, TODAY)
    return bare, families, caseload, rows


def _type_and_erase(app: QApplication, field: QLineEdit, after: Callable[[], None]) -> list[float]:
    times = []
    keys = [*TYPED, *(["\b"] * len(TYPED))]
    for key in keys:
        start = time.perf_counter()
        if key == "\b":
            QTest.keyClick(field, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(field, key)
        after()
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


def _gui(
    app: QApplication, ws: Workspace, rows: list[CaseloadRegel], repeat: int
) -> dict[str, float]:
    runner = TaskRunner()
    ctx = AppContext(ws, Actor("benchmark"), runner, today=lambda: TODAY)
    view = CaseloadView(ctx)
    start = time.perf_counter()
    view.resize(1400, 800)
    view.show()
    while view.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    first_open = time.perf_counter() - start

    def fill_view() -> None:
        view.model.set_rows(rows)
        view.table.viewport().repaint()

    def fill_plain() -> None:
        table.setModel(models.pop())
        table.viewport().repaint()

    plain = _plain_rows(rows)
    models = [PlainModel(plain) for _ in range(repeat)]
    table = QTableView()
    table.resize(1400, 800)
    table.show()
    app.processEvents()
    figures = {"open": first_open, "fill": _median(fill_view, repeat)}
    figures["fill_plain"] = _median(fill_plain, repeat)
    keystrokes = []
    for _ in range(repeat):
        keystrokes += _type_and_erase(app, view.search, view.table.viewport().repaint)
    figures["key"] = statistics.median(keystrokes)
    figures["key_max"] = max(keystrokes)
    figures["shown"] = float(view.model.rowCount())
    figures["plain_key"] = _plain_filter(app, rows, repeat)
    view.close()
    table.close()
    runner.shutdown()
    return figures


def _plain_filter(app: QApplication, rows: list[CaseloadRegel], repeat: int) -> float:
    """The usual way: a QSortFilterProxyModel with a fixed string over a plain table model
    (same rows and columns, plus a hidden column with the same search text)."""
    page = QWidget()
    field = QLineEdit(page)
    proxy = QSortFilterProxyModel(page)
    proxy.setSourceModel(
        PlainModel([(*row, r.zoektekst) for row, r in zip(_plain_rows(rows), rows, strict=True)])
    )
    proxy.setFilterKeyColumn(len(COLUMNS))
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView(page)
    table.setModel(proxy)
    table.setColumnHidden(len(COLUMNS), True)
    table.resize(1400, 800)
    field.textChanged.connect(proxy.setFilterFixedString)
    page.resize(1400, 800)
    page.show()
    app.processEvents()
    times = []
    for _ in range(repeat):
        times += _type_and_erase(app, field, table.viewport().repaint)
    page.close()
    return statistics.median(times)


def main() -> None:
    """Build or reuse the workspace, measure, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    folder = cached_workspace(args.families, args.cache, args.rebuild)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with Workspace.open(folder, PASSPHRASE) as ws:
        bare, families, caseload, rows = _reading(ws, args.repeat)
        gui = _gui(app, ws, rows, args.repeat)
    ms = 1000
    print(f"families: {args.families}; caseload lines: {len(rows)}; median of {args.repeat} runs")
    print(f"baseline: bare SELECT of all family rows        {bare * ms:8.1f} ms  1.00x")
    for label, value in (
        ("family list (gezin_regels)                     ", families),
        ("caseload_regels (trajectpijl, warnings, hours) ", caseload),
    ):
        print(f"{label} {value * ms:8.1f} ms {value / bare:6.1f}x")
    print(f"  per traject                                   {caseload / len(rows) * ms:8.3f} ms")
    print(f"first open of the view (load + fill + paint)    {gui['open'] * ms:8.1f} ms")
    print(
        f"baseline: plain table, same rows, fill + paint  {gui['fill_plain'] * ms:8.1f} ms  1.00x"
    )
    print(
        f"caseload table, fill + paint                    {gui['fill'] * ms:8.1f} ms "
        f"{gui['fill'] / gui['fill_plain']:6.1f}x"
    )
    print(f"baseline: plain table + Qt proxy, one keystroke {gui['plain_key'] * ms:8.1f} ms  1.00x")
    print(
        f"caseload search, one keystroke of '{TYPED}'         {gui['key'] * ms:8.1f} ms "
        f"{gui['key'] / gui['plain_key']:6.1f}x  (slowest {gui['key_max'] * ms:.1f} ms)"
    )


if __name__ == "__main__":
    main()

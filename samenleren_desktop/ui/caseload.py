"""The coach's caseload: every family and traject with its next step, searchable as you type.

    view = CaseloadView(ctx)        # loads in the background, shows a busy bar meanwhile
    ctx.events.open_gezin           # emitted with the gezin id on double-click or Enter

Ctrl+F goes to the search field, Down goes from there into the table, Ctrl+N opens a new
aanmelding. The list reloads itself when `ctx.events.data_changed` fires. A finished search is
noted in the audit trail with the number of families found, never the text (`audit_search`).
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.services.audit_search import log_search
from samenleren_desktop.model.services.caseload import (
    CaseloadRegel,
    caseload_regels,
    fase_keuzes,
)
from samenleren_desktop.ui.aanmelding import AanmeldingDialog
from samenleren_desktop.ui.caseload_model import GEZIN, REGEL_ROLE, CaseloadModel
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.errors import describe

log = logging.getLogger(__name__)
BUTTON_HEIGHT = 40


class CaseloadView(QWidget):
    """The caseload page.

    Signals:
        loaded: the rows arrived and are shown (after every load or reload).
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CaseloadModel(self)
        self._loading = False
        self._again = False
        self._build()
        self._connect()
        ctx.events.data_changed.connect(self._on_data_changed)
        self.reload()

    def _build(self) -> None:
        self.title = QLabel(self.tr("Mijn gezinnen"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self._build_search()
        fase_label = self._build_filters()
        self._build_status()
        self.table = self._build_table()
        self._lay_out(fase_label)

    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("zoek")
        self.search.setPlaceholderText(self.tr("Zoek op gezin, ouder, kind of plaats (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Zoeken in mijn gezinnen"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(BUTTON_HEIGHT)
        self.nieuw = QPushButton(self.tr("&Nieuwe aanmelding"), self)
        self.nieuw.setObjectName("nieuwe_aanmelding")
        self.nieuw.setAccessibleName(self.tr("Nieuwe aanmelding (Ctrl+N)"))
        self.nieuw.setToolTip(self.tr("Een nieuw gezin aanmelden (Ctrl+N)"))
        self.nieuw.setMinimumHeight(BUTTON_HEIGHT)

    def _build_filters(self) -> QLabel:
        self.fase = QComboBox(self)
        self.fase.setObjectName("fase")
        self.fase.setAccessibleName(self.tr("Filter op fase"))
        self.fase.setMinimumHeight(BUTTON_HEIGHT)
        self.fase.addItem(self.tr("Alle fasen"), "")
        for value, label in fase_keuzes():
            self.fase.addItem(label, value)
        fase_label = QLabel(self.tr("&Fase:"), self)
        fase_label.setBuddy(self.fase)
        self.te_laat = QCheckBox(self.tr("&Te laat"), self)
        self.te_laat.setObjectName("te_laat")
        self.te_laat.setAccessibleName(self.tr("Alleen wat te laat is"))
        self.actie = QCheckBox(self.tr("&Actie deze week"), self)
        self.actie.setObjectName("actie_deze_week")
        self.actie.setAccessibleName(self.tr("Alleen wat deze week actie vraagt"))
        for box in (self.te_laat, self.actie):
            box.setMinimumHeight(BUTTON_HEIGHT)
        return fase_label

    def _build_status(self) -> None:
        self.count = QLabel(self)
        self.count.setObjectName("aantal")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Gezinnen worden geladen"))
        self.busy.setFormat(self.tr("Laden…"))
        self.message = QLabel(self)
        self.message.setObjectName("melding")
        self.message.setWordWrap(True)
        self.message.hide()

    def _lay_out(self, fase_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.nieuw)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(fase_label)
        filters.addWidget(self.fase, 1)
        filters.addWidget(self.te_laat)
        filters.addWidget(self.actie)
        status = QHBoxLayout()
        status.addWidget(self.count)
        status.addWidget(self.busy)
        status.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        for first, second in (
            (self.search, self.fase),
            (self.fase, self.te_laat),
            (self.te_laat, self.actie),
            (self.actie, self.table),
            (self.table, self.nieuw),
        ):
            QWidget.setTabOrder(first, second)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("caseload")
        table.setAccessibleName(self.tr("Gezinnen en hun volgende stap"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(GEZIN, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(max(36, metrics.height() + 14))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        characters = (26, 26, 14, 20, 40, 34, 10, 16, 12)
        for column, count in enumerate(characters):
            table.setColumnWidth(column, count * metrics.averageCharWidth())
        return table

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda text: self._filter(zoek=text))
        self.fase.currentIndexChanged.connect(
            lambda _: self._filter(fase=str(self.fase.currentData() or ""))
        )
        self.te_laat.toggled.connect(lambda on: self._filter(te_laat=on))
        self.actie.toggled.connect(lambda on: self._filter(actie=on))
        self.table.activated.connect(self._open)
        self.model.searched.connect(self._log_search)
        self.nieuw.clicked.connect(self.nieuwe_aanmelding)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.nieuwe_aanmelding)
        self.search.installEventFilter(self)

    def _filter(self, **change: Any) -> None:
        current = self.table.currentIndex().data(REGEL_ROLE)
        self.model.set_filter(**change)
        if isinstance(current, CaseloadRegel):
            self._select(current)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.gezinnen_getoond, self.model.gezinnen_totaal()
        if self._loading and not total:
            self.count.setText(self.tr("Gezinnen laden…"))
        elif not total:
            self.count.setText(
                self.tr("Nog geen gezinnen. Kies 'Nieuwe aanmelding' om een gezin aan te melden.")
            )
        elif shown == total == 1:
            self.count.setText(self.tr("1 gezin"))
        elif shown == total:
            self.count.setText(self.tr("{total} gezinnen").format(total=total))
        else:
            self.count.setText(
                self.tr("{shown} van {total} gezinnen").format(shown=shown, total=total)
            )

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Down in the search field moves into the table, on the first row."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def regel_at(self, row: int) -> CaseloadRegel:
        """The caseload line shown at `row` of the table (after filter and sort)."""
        value = self.model.index(row, 0).data(REGEL_ROLE)
        assert isinstance(value, CaseloadRegel)
        return value

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        regel = index.data(REGEL_ROLE)
        if isinstance(regel, CaseloadRegel):
            self.model.finish_search()
            self.ctx.events.open_gezin.emit(regel.gezin_id)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the page ends a search that had not rested yet."""
        self.model.finish_search()
        super().hideEvent(event)

    def _log_search(self, found: int) -> None:
        workspace, actor = self.ctx.workspace, self.ctx.actor

        def failed(error: BaseException) -> None:
            log.error("Writing the audit trail failed: %s", type(error).__name__)

        self.ctx.runner.run(lambda: log_search(workspace, actor, found), lambda _: None, failed)

    def nieuwe_aanmelding(self) -> AanmeldingDialog:
        """Open the dialog for a new family (not modal for the rest of the program)."""
        dialog = AanmeldingDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_data_changed(self, _gezin_id: uuid.UUID | None) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the caseload again in the background; the old rows stay until the new arrive."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.busy.show()
        self._show_count()
        today = self.ctx.today()

        def work() -> list[CaseloadRegel]:
            with self.ctx.session() as session:
                return caseload_regels(session, today)

        self.ctx.runner.run(work, self._on_loaded, self._on_failed)

    def _on_loaded(self, rows: list[CaseloadRegel]) -> None:
        if not shiboken6.isValid(self):
            return
        current = self.table.currentIndex().data(REGEL_ROLE)
        self.model.set_rows(rows)
        self.message.hide()
        self._done()
        if isinstance(current, CaseloadRegel):
            self._select(current)
        self.loaded.emit()

    def _select(self, previous: CaseloadRegel) -> None:
        key = (previous.gezin_id, previous.traject_id)
        for row, regel in enumerate(self.model.rows):
            if (regel.gezin_id, regel.traject_id) == key:
                self.table.selectRow(row)
                return

    def _on_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, SamenLerenError):
            self.message.setText(error.message)
        else:
            where = describe(type(error), error, error.__traceback__)
            log.error("Loading the caseload failed: %s", where)
            self.message.setText(
                self.tr("De gezinnen konden niet worden geladen. Er is niets verloren.")
            )
        self.message.show()
        self._done()

    def _done(self) -> None:
        self._loading = False
        self.busy.hide()
        self._show_count()
        if self._again:
            self._again = False
            self.reload()

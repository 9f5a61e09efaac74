"""Language and font size of the whole application.

The source strings are Dutch; English comes from `translations/samenleren_en.qm`, made with Qt
Linguist from the `self.tr()` strings of `samenleren_desktop/ui` (`translations/update.sh`).
Qt's own words (buttons of standard dialogs) come from Qt's `qtbase_<lang>.qm` when installed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

from samenleren_desktop.model.paths import translations_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "nl"
_BASE_POINT_SIZE = "samenleren_base_point_size"
_INDICATOR_MARK = "/* indicators grow with the font (apply_font_percent) */"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translations for `language` on `app`; Dutch needs none of our own.

    Returns the installed translators (keep them alive as long as the application).
    """
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_folder)]
    if language != SOURCE_LANGUAGE:
        candidates.append((f"samenleren_{language}", str(translations_dir())))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("samenleren"):
            log.warning("Translation %s not found in %s", name, folder)
    QLocale.setDefault(
        QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch)
    )
    return installed


def apply_font_percent(app: QGuiApplication, percent: int) -> None:
    """Scale the application font to `percent` of the size it had at start (100-200)."""
    font = QFont(app.font())
    base = app.property(_BASE_POINT_SIZE)
    if base is None:
        base = font.pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font.setPointSizeF(float(base) * max(100, min(200, percent)) / 100)
    app.setFont(font)
    if isinstance(app, QApplication):
        _grow_indicators(app, font)


def _grow_indicators(app: QApplication, font: QFont) -> None:
    """Size check boxes in pixels from the font: about 13 px of native indicator is too small
    to tap, and a style sheet's `em` is only read when a widget is first styled, so it would
    not follow a change in the settings. Joins the program's style sheet; none, no rule."""
    sheet = app.styleSheet().split(_INDICATOR_MARK)[0].rstrip()
    if not sheet:
        return
    size = indicator_size(font)
    # Not the check boxes in lists: their rows do not grow with them and would clip them.
    rule = f"QCheckBox::indicator {{ width: {size}px; height: {size}px; }}"
    app.setStyleSheet(f"{sheet}\n{_INDICATOR_MARK}\n{rule}\n")


def indicator_size(font: QFont) -> int:
    """The side of a check box's indicator for `font`, in pixels (about 1.45 lines of text)."""
    return max(16, round(QFontMetrics(font).height() * 1.45))

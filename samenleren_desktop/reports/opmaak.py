# mypy: disable-error-code="import-untyped"
"""The look shared by every document: embedded fonts, colours, styles, header and footer.

Every page carries the organisation's name (and logo, when given), the document date and
"Pagina X van Y". Fonts are DejaVu (shipped in resources/fonts with its licence), embedded in
each PDF, so Dutch diacritics (ë, é, ï, ğ) print everywhere.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tables import CellStyle

from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.paths import resources_dir

FONT = "SamenLeren"
FONT_BOLD = "SamenLeren-Bold"
FONT_ITALIC = "SamenLeren-Oblique"
FONT_TITLE = "SamenLeren-Serif-Bold"

INK = colors.HexColor("#23324A")
SOFT = colors.HexColor("#5B6B82")
ACCENT = colors.HexColor("#1F6F8B")
PAPER = colors.HexColor("#F4F7FA")
LINE = colors.HexColor("#C9D3DE")

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_TITLE: "DejaVuSerif-Bold.ttf",
}
_registered = False

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def fonts_dir() -> Path:
    """The shipped fonts."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once (they are embedded in every PDF)."""
    global _registered  # noqa: PLW0603 - reportlab's font registry is process-wide anyway
    if _registered:
        return
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC)
    # Drawings (charts, stars, smileys) start every render in this font; reportlab's default is
    # Helvetica, which is then referenced in the PDF without being embedded.
    STATE_DEFAULTS["fontName"] = FONT
    CellStyle.fontname = FONT  # every table cell sets its font, even one holding a Paragraph
    _registered = True


def datum_tekst(day: date | None) -> str:
    """'2 november 2026', or '—' when there is no date."""
    if day is None:
        return "—"
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class DocumentInfo:
    """What every document shows besides its content.

    Attributes:
        organisatie: the organisation's name (from the workspace).
        datum: the document date.
        logo: an optional image file (PNG or JPEG) for the header.
    """

    organisatie: str
    datum: date
    logo: Path | None = None

    def logo_image(self) -> ImageReader | None:
        """The logo, read once; a clear Dutch message when the file is not a usable picture."""
        if self.logo is None:
            return None
        try:
            return ImageReader(str(self.logo))
        except Exception as error:
            raise SamenLerenError(
                f"Het logo {self.logo} kan niet worden gelezen. Kies een PNG- of JPEG-bestand."
            ) from error


def style(name: str, **kwargs: Any) -> ParagraphStyle:
    """A paragraph style in the house font; `kwargs` override the defaults."""
    register_fonts()
    values: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": 11,
        "leading": 15,
        "textColor": INK,
    }
    values.update(kwargs)
    return ParagraphStyle(name, **values)


@dataclass
class Styles:
    """The styles of the family documents and reports."""

    titel: ParagraphStyle = field(
        default_factory=lambda: style("titel", fontName=FONT_BOLD, fontSize=22, leading=28)
    )
    kop: ParagraphStyle = field(
        default_factory=lambda: style(
            "kop", fontName=FONT_BOLD, fontSize=14, leading=19, spaceBefore=10, spaceAfter=4
        )
    )
    tekst: ParagraphStyle = field(default_factory=lambda: style("tekst"))
    klein: ParagraphStyle = field(
        default_factory=lambda: style("klein", fontSize=9, leading=12, textColor=SOFT)
    )
    midden: ParagraphStyle = field(default_factory=lambda: style("midden", alignment=TA_CENTER))


def _footer_drawer(info: DocumentInfo, titel: str) -> Callable[[Canvas, int, int], None]:
    logo = info.logo_image()

    def draw(canvas: Canvas, page: int, total: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.6)
        canvas.line(18 * mm, height - 16 * mm, width - 18 * mm, height - 16 * mm)
        canvas.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
        canvas.setFillColor(SOFT)
        canvas.setFont(FONT_BOLD, 9)
        x = 18 * mm
        if logo is not None:
            iw, ih = logo.getSize()
            h = 8 * mm  # centred on the organisation's name, just above the line
            w = h * iw / ih
            canvas.drawImage(logo, x, height - 15.5 * mm, w, h, mask="auto")
            x += w + 3 * mm
        canvas.drawString(x, height - 13 * mm, info.organisatie)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(width - 18 * mm, height - 13 * mm, titel)
        canvas.drawString(18 * mm, 9 * mm, f"Gemaakt op {datum_tekst(info.datum)}")
        canvas.drawRightString(width - 18 * mm, 9 * mm, f"Pagina {page} van {total}")
        canvas.restoreState()

    return draw


def _numbered_canvas(
    draw: Callable[[Canvas, int, int], None], counted: list[int] | None = None
) -> type[Canvas]:
    """A canvas that knows the page count when it draws each footer ("Pagina 2 van 3").

    The count is also appended to `counted`, when given.
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            if counted is not None:
                counted.append(total)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    story: Sequence[Flowable],
    info: DocumentInfo,
    titel: str,
    pagesize: tuple[float, float] = A4,
    decorate: Callable[[Canvas, Any], None] | None = None,
    margins: float = 20 * mm,
    counted: list[int] | None = None,
) -> bytes:
    """Lay out `story` on pages with the shared header and footer; the PDF as bytes.

    `counted`, when given, gets the number of pages appended.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=titel,
        author=info.organisatie,
        creator="Samen Leren",
        leftMargin=margins,
        rightMargin=margins,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        initialFontName=FONT,  # else every page starts in Helvetica, which is not embedded
        initialFontSize=11,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="inhoud")
    template = PageTemplate(id="pagina", frames=[frame], onPage=decorate or (lambda c, d: None))
    doc.addPageTemplates([template])
    doc.build(list(story), canvasmaker=_numbered_canvas(_footer_drawer(info, titel), counted))
    return buffer.getvalue()

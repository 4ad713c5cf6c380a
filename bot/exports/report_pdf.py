"""The clinician report as a PDF (fpdf2): the summary first, then each section of the view.

The font is DejaVu Sans as matplotlib ships it, so the report builds with pip alone and
prints any script the catalog may use; fpdf2 embeds only the glyphs used. Long tables use a
small type and repeat their header on each page, so years of daily doses stay a few pages.
"""

from io import BytesIO
from pathlib import Path

import matplotlib
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bot.exports.report_charts import SIZE_INCHES, chart_png
from bot.exports.report_view import ReportView, Section, Table

FONT = "DejaVu"
FONT_FILES = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
MARGIN = 12.0
TITLE_SIZE = 15.0
HEADING_SIZE = 10.5
TEXT_SIZE = 8.5
TABLE_SIZE = 6.5
LINE = 4.2
ROW = 3.1
# A heading this close to the foot of the page starts on the next one, with what follows it.
KEEP_WITH_HEADING = 25.0
HEADER_FILL = (225, 230, 238)
STRIPE_FILL = (245, 246, 248)
ELLIPSIS = "…"


class _Report(FPDF):
    """A page with the report's footer: its words and the page number."""

    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_text = footer_text

    def footer(self) -> None:
        """The footer words and "page / pages" at the foot of every page."""
        self.set_y(-MARGIN + 2)
        self.set_font(FONT, size=TABLE_SIZE)
        self.set_text_color(110, 110, 110)
        self.cell(0, ROW, f"{self.footer_text}   {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def report_pdf(view: ReportView) -> bytes:
    """The report as PDF bytes."""
    pdf = _Report(view.footer)
    pdf.add_font(FONT, "", str(FONT_FILES / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_FILES / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN + 2)
    pdf.set_title(view.title)
    pdf.add_page()
    pdf.set_font(FONT, "B", TITLE_SIZE)
    pdf.cell(0, 8, view.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _facts(pdf, view.facts)
    _section(pdf, Section(view.summary_heading, view.summary))
    for section in view.sections:
        _section(pdf, section)
    return bytes(pdf.output())


def _facts(pdf: FPDF, facts: tuple[tuple[str, str], ...]) -> None:
    """Label and value, one pair a line."""
    label_width = max((_width(pdf, label, "B") for label, _ in facts), default=0) + 3
    for label, value in facts:
        pdf.set_font(FONT, "B", TEXT_SIZE)
        pdf.cell(label_width, LINE, label)
        pdf.set_font(FONT, "", TEXT_SIZE)
        pdf.cell(0, LINE, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _section(pdf: FPDF, section: Section) -> None:
    """A heading and what follows it."""
    if pdf.get_y() + KEEP_WITH_HEADING > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(2.5)
    pdf.set_font(FONT, "B", HEADING_SIZE)
    pdf.cell(0, 6, section.heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _lines(pdf, section.lines)
    for chart in section.charts:
        _image(pdf, chart_png(chart))
    if section.table is not None:
        _table(pdf, section.table)
    _lines(pdf, section.after)


def _lines(pdf: FPDF, lines: tuple[str, ...]) -> None:
    """Paragraphs, wrapped to the page."""
    pdf.set_font(FONT, "", TEXT_SIZE)
    for line in lines:
        pdf.multi_cell(0, LINE, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _table(pdf: FPDF, table: Table) -> None:
    """The table, its header again at the top of every page it runs onto."""
    total = sum(table.widths)
    widths = [pdf.epw * share / total for share in table.widths]
    pdf.ln(0.8)
    _row(pdf, table.headers, widths, header=True)
    for index, row in enumerate(table.rows):
        if pdf.get_y() + ROW > pdf.page_break_trigger:
            pdf.add_page()
            _row(pdf, table.headers, widths, header=True)
        _row(pdf, row, widths, stripe=index % 2 == 1)
    pdf.ln(1.5)


def _row(
    pdf: FPDF, cells: tuple[str, ...], widths: list[float], *, header: bool = False,
    stripe: bool = False,
) -> None:  # fmt: skip
    """One table row, each cell cut to its column's width."""
    style = "B" if header else ""
    pdf.set_font(FONT, style, TABLE_SIZE)
    if header:
        pdf.set_fill_color(*HEADER_FILL)
    elif stripe:
        pdf.set_fill_color(*STRIPE_FILL)
    for text, width in zip(cells, widths, strict=True):
        pdf.cell(
            width, ROW + (0.6 if header else 0), _fit(pdf, text, width - 1.0), fill=header or stripe
        )
    pdf.ln()


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """The text, cut with an ellipsis where it is wider than the column."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + ELLIPSIS) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def _image(pdf: FPDF, png: bytes) -> None:
    """A chart across the page, on the next page if it does not fit here."""
    height = pdf.epw * SIZE_INCHES[1] / SIZE_INCHES[0]
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
    pdf.image(BytesIO(png), x=pdf.l_margin, w=pdf.epw, h=height)
    pdf.set_y(pdf.get_y() + 1)


def _width(pdf: FPDF, text: str, style: str) -> float:
    """How wide a text is in the body size."""
    pdf.set_font(FONT, style, TEXT_SIZE)
    return float(pdf.get_string_width(text))

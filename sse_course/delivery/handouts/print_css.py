"""How the PDFs look on paper: the handouts' stylesheet, the one injected into the built book's
pages before printing, and Chromium's page options (A4, margins, the footer)."""

from __future__ import annotations

from html import escape

# Print CSS: black on white, no background colours, 11 pt text, A4 (the margins and the page
# numbers are set when printing, see PDF_OPTIONS). DejaVu is Debian's default font; any sans
# serif will do elsewhere.
HANDOUT_CSS = """
@page { size: A4; }
html { -webkit-print-color-adjust: economy; print-color-adjust: economy; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
       line-height: 1.4; color: #000; background: #fff; margin: 0; font-variant-ligatures: none; }
* { color: #000 !important; background: transparent !important; box-shadow: none !important; }
.course { font-size: 9pt; margin: 0 0 2pt; text-transform: uppercase; letter-spacing: 0.04em; }
h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; padding-bottom: 2pt; border-bottom: 0.75pt solid #000;
     break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 5pt; }
ol, ul { margin: 0 0 6pt; padding-left: 18pt; }
li { margin: 0 0 3pt; }
.fill { margin: 0 0 10pt; font-size: 10pt; }
.fill span { display: inline-block; width: 55mm; border-bottom: 0.75pt solid #000; margin-right: 8mm; }
dl { margin: 0; }
dt { font-weight: bold; break-after: avoid; page-break-after: avoid; }
dt .aka { font-weight: normal; }
dd { margin: 0 0 5pt 12pt; }
.questions > li { margin-bottom: 9pt; break-inside: avoid; page-break-inside: avoid; }
.prompt { margin-bottom: 3pt; }
.hint { font-style: italic; font-size: 10pt; margin-bottom: 2pt; }
.options { list-style: none; padding-left: 4pt; margin: 0; }
.options li { margin: 0 0 3pt; padding-left: 24pt; text-indent: -24pt; }
.box { display: inline-block; width: 3.4mm; height: 3.4mm; border: 0.9pt solid #000;
       vertical-align: -0.5mm; margin-right: 6pt; text-indent: 0; }
.letter { font-weight: bold; }
.tf span.choice { margin-right: 18mm; }
.match { padding-left: 16pt; margin: 3pt 0 0; }
.match li { margin: 0 0 5pt; }
.match .line { width: 14mm; }
.line { display: inline-block; width: 40mm; border-bottom: 0.9pt solid #000; margin: 0 4pt; }
.key > li { margin-bottom: 9pt; break-inside: avoid; page-break-inside: avoid; }
.answer { font-weight: bold; margin: 2pt 0; }
.why { margin: 0; }
.objective { font-size: 9.5pt; font-style: italic; }
.note { font-size: 10pt; font-style: italic; }
/* A heading, its lead and its first item stay on one page (html.py's _kept); the rest follow. */
.keep { break-inside: avoid; page-break-inside: avoid; }
.keep > ol, .keep > ul, .keep > dl { margin-bottom: 0; }
.keep > ol > li:last-child, .keep > ul > li:last-child { margin-bottom: 3pt; }
.keep > .questions > li:last-child { margin-bottom: 9pt; }
/* The readings of the session plans: the page's text, tables and figures, in black and white. */
.reading { margin: 0 0 8pt; }
.reading h3 { font-size: 12pt; margin: 10pt 0 3pt; break-after: avoid; page-break-after: avoid; }
.reading h4, .reading h5 { font-size: 11pt; margin: 8pt 0 2pt; break-after: avoid; page-break-after: avoid; }
.reading table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 10pt; }
.reading caption { caption-side: top; text-align: left; font-weight: bold; margin-bottom: 3pt; }
.reading th, .reading td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
.reading tr, .reading figure, .reading-box { break-inside: avoid; page-break-inside: avoid; }
.reading figure { margin: 4pt 0 8pt; }
.reading img { display: block; max-width: 100%; max-height: 125mm; margin: 0 auto; }
.reading figcaption { font-size: 9.5pt; font-style: italic; margin-top: 3pt; }
.reading-box { border: 0.75pt solid #000; padding: 4pt 6pt; margin: 4pt 0 8pt; }
.reading-box-title { font-weight: bold; }
"""

# Chromium's page header and footer: empty header, a footer with the label and the page numbers.
_FOOTER = (
    "<div style=\"font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; width: 100%; "
    'margin: 0 14mm; display: flex; justify-content: space-between; color: #000;">'
    "<span>{label}</span><span>{page_of}</span></div>"
)


def footer(label: str, page_of: str = "Page {page} of {pages}") -> str:
    """Chromium's footer template: ``label`` on the left, ``page_of`` (with ``{page}`` and
    ``{pages}``) on the right, filled in by Chromium on each page."""
    numbers = escape(page_of).format(page='<span class="pageNumber"></span>', pages='<span class="totalPages"></span>')
    return _FOOTER.format(label=escape(label), page_of=numbers)


PDF_OPTIONS = {
    "format": "A4",
    "print_background": False,
    "margin": {"top": "16mm", "bottom": "18mm", "left": "17mm", "right": "17mm"},
    "display_header_footer": True,
    "header_template": "<span></span>",
}


# Injected into every page of the built book before printing: only the article is printed,
# black on white, with the quizzes' options but none of their buttons.
BOOK_PRINT_CSS = """
@page { size: A4; }
html, body { background: #fff !important; }
body { font-size: 11pt !important; }
.bd-header, .bd-header-article, .bd-sidebar-primary, .bd-sidebar-secondary, .bd-sidebar,
.bd-footer, .bd-footer-article, .bd-footer-content, footer, .prev-next-area, .prev-next-footer,
.skip-link, .search-button-field, .pst-async-banner-revealer, .headerlink, .sidebar-toggle,
.theme-switch-button, .article-header-buttons, .dropdown-download-buttons, .back-to-top,
#pst-back-to-top, button, .sse-quiz-check, .sse-quiz-reset, .sse-quiz-note, .sse-quiz-nojs,
.sse-quiz-score, .sse-quiz-feedback:empty, .d-print-none { display: none !important; }
.bd-container, .bd-container__inner, .bd-main, .bd-content, .bd-article-container, .bd-article,
.bd-page-width { max-width: none !important; width: auto !important; margin: 0 !important;
                 padding: 0 !important; display: block !important; }
*, *::before, *::after { color: #000 !important; background-color: transparent !important;
    box-shadow: none !important; text-shadow: none !important; filter: none !important;
    font-variant-ligatures: none; }
a { text-decoration: none !important; }
/* The theme gives admonitions a shadow with !important: override it with a stronger selector,
   or Chromium turns every shadow into a page-wide bitmap. */
html body .admonition, html body div.admonition { box-shadow: none !important; border: 0.75pt solid #000 !important;
    break-inside: avoid; }
.sse-quiz-question { break-inside: avoid; page-break-inside: avoid; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; line-height: 1.25 !important; }
h1 { font-size: 20pt !important; }
h2 { font-size: 15pt !important; }
h3 { font-size: 12.5pt !important; }
img, svg, figure, table { break-inside: avoid; max-width: 100% !important; }
"""

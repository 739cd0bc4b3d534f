"""Home-based workers in the world, 2019: women and men, and the share in Asia and the Pacific.

Used in book/home-based-workers.md.

Source of every number below: International Labour Office, "Working from home: From invisibility
to decent work" (Geneva, 2021; launched 13 January 2021), bib key ``ilo2021workingfromhome``.
The 147 and 113 million are also in the ILO news item of 24 February 2021 (seed
2021-02-24_ilo-news_hni-launch-congress.txt, bib key ``ilo2021hnilaunch``). See shared facts.md,
section "Home-based workers and HomeNet". The men's percentage is not shown on purpose: the ILO
gives 56% for women, and 113/260 rounds to 43%, so "44%" would be our number, not the ILO's.
"""

from __future__ import annotations

from html import escape

from sse_course.figures._text import Words

OUTPUT = "book/figures/hbw-2019-estimates.svg"
NAME = "hbw-2019-estimates"  # the context of its words in the figures' catalogue

YEAR = 2019
TOTAL_MILLIONS = 260  # "about 260 million" home-based workers
SHARE_OF_EMPLOYMENT = 7.9  # per cent of global employment
WOMEN_MILLIONS = 147  # 56% of home-based workers
WOMEN_SHARE = 56
MEN_MILLIONS = 113
ASIA_PACIFIC_SHARE = 65  # "about 65%" live in Asia and the Pacific

WIDTH, HEIGHT = 360, 300
DARK, LIGHT, INK = "#0b5394", "#cfe2f3", "#1a1a1a"
BAR_X, BAR_MAX = 80, 150  # the bar of the biggest group (women) is BAR_MAX px long


def _text(x: float, y: float, words: str, anchor: str = "start", style: str = "") -> str:
    extra = f' style="{style}"' if style else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{extra}>{escape(words)}</text>'


def _bar(y: float, label: str, millions: int, value_label: str) -> str:
    length = BAR_MAX * millions / WOMEN_MILLIONS
    return (
        _text(10, y + 17, label)
        + f'<rect x="{BAR_X}" y="{y}" width="{length:.1f}" height="24" fill="{DARK}"/>'
        + _text(BAR_X + length + 6, y + 17, value_label)
    )


def _share_bar(y: float, words: Words) -> str:
    full = WIDTH - 20
    asia = full * ASIA_PACIFIC_SHARE / 100
    rest = 100 - ASIA_PACIFIC_SHARE
    asia_label = words("Asia-Pacific: about {share}", share=words.percent(ASIA_PACIFIC_SHARE))
    others_label = words("Others: about {share}", share=words.percent(rest))
    return (
        f'<rect x="10" y="{y}" width="{asia:.1f}" height="28" fill="{DARK}"/>'
        f'<rect x="{10 + asia:.1f}" y="{y}" width="{full - asia:.1f}" height="28" fill="{LIGHT}" '
        f'stroke="{DARK}" stroke-width="1"/>'
        + _text(10 + asia / 2, y + 19, asia_label, "middle", "fill:#fff;font-weight:bold")
        + _text(10 + asia + (full - asia) / 2, y + 19, others_label, "middle", "font-size:11px")
    )


def svg(words: Words | None = None) -> str:
    """The figure, in English or in the language of ``words`` (the figures' catalogue)."""
    words = words or Words(NAME)
    year, total, share = str(YEAR), words.number(TOTAL_MILLIONS), words.percent(SHARE_OF_EMPLOYMENT)
    women, men, women_share = words.number(WOMEN_MILLIONS), words.number(MEN_MILLIONS), words.percent(WOMEN_SHARE)
    asia = words.number(ASIA_PACIFIC_SHARE)
    title = words("Home-based workers in {year}: about {total} million", year=year, total=total)
    description = words(
        "About {total} million people were home-based workers in {year}, {share} of all workers in the world. "
        "{women} million were women ({women_share}) and {men} million were men. About {asia_share} lived in "
        "Asia and the Pacific. Source: ILO, Working from home, 2021.",
        total=total,
        year=year,
        share=share,
        women=women,
        women_share=women_share,
        men=men,
        asia_share=words.percent(ASIA_PACIFIC_SHARE),
    )
    source = words("Source: ILO, Working from home, 2021.")
    body = "".join(
        [
            _text(
                WIDTH / 2,
                24,
                words("Home-based workers in {year}", year=year),
                "middle",
                "font-size:15px;font-weight:bold",
            ),
            _text(
                WIDTH / 2,
                44,
                words("About {total} million: {share} of all workers", total=total, share=share),
                "middle",
            ),
            _text(10, 78, words("Women and men"), style="font-weight:bold"),
            _bar(
                88, words("Women"), WOMEN_MILLIONS, words("{women} million ({share})", women=women, share=women_share)
            ),
            _bar(122, words("Men"), MEN_MILLIONS, words("{men} million", men=men)),
            _text(10, 184, words("Where they live"), style="font-weight:bold"),
            _share_bar(194, words),
            _text(10, 246, words("About {asia} in every 100 home-based workers", asia=asia)),
            _text(10, 264, words("live in Asia and the Pacific.")),
            _text(10, 290, source, style="font-size:11px;fill:#444"),
        ]
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="t d">\n'
        f"<!-- Generated by sse_course/figures/hbw_2019_estimates.py: edit the module, not this file. "
        f"Data: ILO, Working from home: From invisibility to decent work (2021). -->\n"
        f'<title id="t">{escape(title)}</title>\n'
        f'<desc id="d">{escape(description)}</desc>\n'
        f'<style>text{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;'
        f"font-size:13px;fill:{INK}}}</style>\n"
        f"{body}\n</svg>\n"
    )

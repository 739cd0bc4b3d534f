"""Compare the four case studies: choose a challenge, see which cases meet it and how.

In Jupyter: a dropdown of the webinar's challenges and a results panel (aria-live) that lists the
cases meeting the chosen one. In the book: two phone-width tables of the cases (form and members;
how each works) and, for each challenge, the cases that meet it and how. The data and its checks
are in :mod:`sse_course.cases` (``sse_course/data/cases.yml``); every statement there is cited.
"""

from __future__ import annotations

import textwrap
from html import escape

import ipywidgets as widgets

from sse_course.apps.controls import control_options
from sse_course.apps.html import html_table, results_panel, static_page
from sse_course.cases import CHALLENGES, Case, cases, cases_meeting, challenge, challenges, translated
from sse_course.display import DualDisplay
from sse_course.i18n.runtime import gettext as _

TEXT_WIDTH = 34  # characters: what a 360 px phone shows of a notebook output line
DEFAULT_CHALLENGE = CHALLENGES[0].id


def sources_note() -> str:
    return _(
        "Based only on what the sources say, mostly the report of the HomeNet International "
        "webinar of January 2022. When a case does not list a challenge, the sources do not "
        "tell: it does not mean the organisation never met it."
    )


# Two tables of at most three columns, so that each fits a 360 px phone without sideways scrolling.
def forms_caption() -> str:
    return _("The four cases: SSE form and members")


def forms_headers() -> tuple[str, ...]:
    return (_("Case"), _("SSE form"), _("Members"))


def work_caption() -> str:
    return _("The four cases: how each one works")


def work_headers() -> tuple[str, ...]:
    return (_("Case"), _("How it works"))


def no_case() -> str:
    return _("No case: the sources do not show any of the four cases meeting this challenge.")


def _in_language(among: tuple[Case, ...]) -> tuple[Case, ...]:
    """The cases with their words in the language the course speaks now."""
    return tuple(translated(c) for c in among)


# ---- words ------------------------------------------------------------------------------------


def count_words(n: int) -> str:
    """``no case``, ``1 case``, ``4 cases``."""
    if n == 0:
        return _("no case")
    return (_("{count} case") if n == 1 else _("{count} cases")).format(count=n)


def option_label(challenge_id: str, among: tuple[Case, ...]) -> str:
    """A dropdown entry: ``Raw materials (2 cases)``."""
    return _("{challenge} ({cases})").format(
        challenge=challenge(challenge_id).name, cases=count_words(len(cases_meeting(challenge_id, among)))
    )


def unmet(among: tuple[Case, ...]) -> list[str]:
    """Names of the challenges that no case meets in the sources."""
    return [c.name for c in challenges() if not cases_meeting(c.id, among)]


def _keep_together(name: str) -> str:
    """A name that plain-text wrapping must not split (textwrap does not break at no-break spaces)."""
    return name.replace(" ", "\N{NO-BREAK SPACE}")


# ---- static renderings ------------------------------------------------------------------------


def forms_table_html(among: tuple[Case, ...]) -> str:
    return html_table(
        forms_caption(),
        forms_headers(),
        [(_("{case}, {country}").format(case=c.short, country=c.country), c.form, c.members) for c in among],
    )


def work_table_html(among: tuple[Case, ...]) -> str:
    return html_table(work_caption(), work_headers(), [(c.short, c.mechanism) for c in among])


def _case_item_html(item: Case, challenge_id: str, link: bool) -> str:
    """One case in a list of cases meeting a challenge: its name (a link in the book) and how."""
    name = escape(item.name)
    if link:  # the case studies are pages next to this one in the book
        name = f'<a href="{escape(item.notebook)}.html">{name}</a>'
    evidence = item.evidence(challenge_id)
    assert evidence is not None, f"{item.id} does not meet {challenge_id}: it is not listed under it"
    how = escape(evidence.how)
    where = escape(_("{country}, {form}").format(country=item.country, form=item.form.lower()))
    if link:
        return f"<li><strong>{name}</strong> ({where}): {how}</li>"
    notebook = escape(_("Case study notebook: {notebook}").format(notebook=f"{item.notebook}.ipynb"))
    return f"<li><strong>{name}</strong> ({where}): {how}<br><small>{notebook}</small></li>"


def challenge_html(challenge_id: str, among: tuple[Case, ...], link: bool) -> str:
    """The lesson in one sentence, then the cases that meet the challenge and how (or none)."""
    meeting = cases_meeting(challenge_id, among)
    words = _("The webinar's lesson: {lesson}").format(lesson=challenge(challenge_id).lesson)
    lesson = f"<p>{escape(words)}</p>"
    if not meeting:
        return lesson + f"<p>{escape(no_case())}</p>"
    items = "".join(_case_item_html(c, challenge_id, link) for c in meeting)
    return lesson + f"<ul>{items}</ul>"


def challenges_html(among: tuple[Case, ...]) -> str:
    """Every challenge of the webinar's list, as a definition list: challenge → cases and how."""
    entries = "".join(
        f"<dt>{escape(_heading(c.id, among, count_words(len(cases_meeting(c.id, among)))))}</dt>"
        f"<dd>{challenge_html(c.id, among, link=True)}</dd>"
        for c in challenges()
    )
    title = _("The webinar's challenges: which cases meet each one, and how")
    return f"<p><strong>{escape(title)}</strong></p><dl>{entries}</dl>"


def _heading(challenge_id: str, among: tuple[Case, ...], share: str) -> str:
    """``Raw materials: 2 cases``."""
    return _("{challenge}: {cases}").format(challenge=challenge(challenge_id).name, cases=share)


def static_html(among: tuple[Case, ...] | None = None) -> str:
    """The book's rendering: the note on sources, the two tables and the challenges list."""
    among = _in_language(cases() if among is None else among)
    return static_page(
        "sse-case-comparison",
        sources_note(),
        f"{forms_table_html(among)}{work_table_html(among)}{challenges_html(among)}",
    )


def static_text(among: tuple[Case, ...] | None = None) -> str:
    """The comparison in plain text, no wider than a phone: each case's form and challenges,
    then the challenges that no case meets in the sources."""
    among = _in_language(cases() if among is None else among)

    def wrap(words: str, indent: str = "  ") -> list[str]:
        lines = textwrap.wrap(words, TEXT_WIDTH, subsequent_indent=indent + "  ", initial_indent=indent)
        return [line.replace("\N{NO-BREAK SPACE}", " ") for line in lines]

    def names(items: list[str]) -> str:
        return ", ".join(_keep_together(name.lower()) for name in items)

    lines = []
    for item in among:
        met = [challenge(e.challenge).name for e in item.challenges]
        lines += [
            item.short,
            *wrap(_("Country: {country}").format(country=item.country)),
            *wrap(_("Form: {form}").format(form=item.form.lower())),
            *wrap(_("Meets: {challenges}").format(challenges=names(met))),
        ]
    missing = unmet(among)
    if missing:
        lines += ["", *wrap(_("No case meets in the sources: {challenges}").format(challenges=names(missing)), "")]
    return "\n".join(lines)


# ---- the live widget --------------------------------------------------------------------------


def results_html(challenge_id: str, among: tuple[Case, ...] | None = None) -> str:
    """The results panel for one challenge: announced by screen readers when it changes."""
    among = _in_language(cases() if among is None else among)
    meeting = cases_meeting(challenge_id, among)
    if meeting:
        share = _("{count} of the {total} cases").format(count=len(meeting), total=len(among))
    else:
        share = count_words(0)
    heading = _heading(challenge_id, among, share)
    return results_panel(
        f"<p><strong>{escape(heading)}</strong></p>{challenge_html(challenge_id, among, link=False)}", sources_note()
    )


class ComparisonExplorer(widgets.VBox):
    """A dropdown of the webinar's challenges and a panel of the cases that meet the chosen one."""

    def __init__(self, challenge_id: str = DEFAULT_CHALLENGE, among: tuple[Case, ...] | None = None) -> None:
        self.cases = cases() if among is None else among
        challenge(challenge_id)  # an unknown id is a clear error, before any widget is built
        self.choice = widgets.Dropdown(
            options=[(option_label(c.id, self.cases), c.id) for c in challenges()],
            value=challenge_id,
            description=_("Choose a challenge"),
            tooltip=_("A challenge from the webinar's list of January 2022"),
            **control_options(),
        )
        self.results = widgets.HTML()
        intro = widgets.HTML(
            "<p>"
            + escape(
                _(
                    "Choose a challenge from the webinar's list. The cases that meet it "
                    "are listed below, with how they do it."
                )
            )
            + "</p>"
        )
        self.choice.observe(self.update, names="value")
        super().__init__([intro, self.choice, self.results])
        self.update()

    def update(self, _change=None) -> None:
        """Show the cases that meet the chosen challenge."""
        self.results.value = results_html(self.choice.value, self.cases)


def comparison_explorer(challenge_id: str = DEFAULT_CHALLENGE, among: tuple[Case, ...] | None = None) -> DualDisplay:
    """The comparison: a live dropdown in Jupyter; tables and the challenges list in the book."""
    among = cases() if among is None else among
    return DualDisplay(ComparisonExplorer(challenge_id, among), static_html(among), static_text(among))

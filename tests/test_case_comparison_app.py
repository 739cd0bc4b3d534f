"""The case-comparison explorer: dropdown and live results in Jupyter, tables and the challenges
list in the book, plain text for terminals. The contract every explorer keeps (note, tables,
display, labelled controls) is in test_explorers.py."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from sse_course.apps.case_comparison import (
    ComparisonExplorer,
    comparison_explorer,
    no_case,
    results_html,
    static_html,
    static_text,
)
from sse_course.cases import CHALLENGE_IDS, CHALLENGES, CasesDataError, case, cases

from .test_explorers import parse, words


@pytest.fixture
def explorer():
    return comparison_explorer()


def test_static_html_tables():
    page = parse(static_html())
    assert [t["caption"] for t in page.tables] == [
        "The four cases: SSE form and members",
        "The four cases: how each one works",
    ]
    html = static_html()
    assert '<th scope="col">Case</th><th scope="col">SSE form</th><th scope="col">Members</th>' in html
    assert '<th scope="row">ATEMDO, Brazil</th><td>Producers working together (legal form not given)</td>' in html
    assert '<th scope="row">Dura Sundari, India</th><td>Cooperative</td>' in html
    assert '<th scope="row">Aster, Tadelech and Friends, Ethiopia</th>' in html
    assert '<th scope="col">Case</th><th scope="col">How it works</th>' in html


def test_static_html_lists_every_challenge_with_cases_and_how():
    html = static_html()
    text = words(html)
    assert html.count("<dt>") == len(CHALLENGES) == 11
    for item in CHALLENGES:
        assert f"<dt>{item.name}: " in html
    assert "<dt>Raw materials: 2 cases</dt>" in html and "<dt>Organising: 4 cases</dt>" in html
    assert "<dt>Business plan: no case</dt>" in html
    # Profitability, business plan, market intelligence, social protection (the kitchen and gardens are
    # food and livelihood support, not social protection) and digital literacy.
    assert text.count(no_case()) == 5
    assert "<dt>Social protection: no case</dt>" in html
    assert "SEWA's Dura Sundari (India, cooperative): It supplies thread and other raw materials" in text
    assert "sources do not tell" in text


def test_static_html_links_each_case_study_page():
    links = parse(static_html()).links
    assert set(links) == {f"{c.notebook}.html" for c in cases()}
    assert all("//" not in link for link in links)  # nothing from another host


def test_static_text_is_phone_width_and_plain():
    text = static_text()
    assert max(len(line) for line in text.splitlines()) <= 34  # what a 360 px phone shows
    assert (
        "Dura Sundari\n  Country: India\n  Form: cooperative\n  Meets: organising, governance,\n    raw materials\n"
    ) in text
    assert text.endswith(
        "No case meets in the sources:\n  profitability, business plan,\n"
        "  market intelligence,\n  social protection,\n  digital literacy"
    )


def test_dropdown_is_labelled_and_counts_the_cases(explorer):
    panel = explorer.widget
    assert [c for c in panel.children if not isinstance(c, widgets.HTML)] == [panel.choice]
    assert panel.choice.description == "Choose a challenge"
    labels = dict((value, label) for label, value in panel.choice.options)
    assert list(labels) == list(CHALLENGE_IDS)
    assert labels["raw-materials"] == "Raw materials (2 cases)"
    assert labels["governance"] == "Governance (1 case)"
    assert labels["business-plan"] == "Business plan (no case)"


def test_results_show_the_default(explorer):
    text = words(explorer.widget.results.value)
    assert "Organising: 4 of the 4 cases" in text
    assert all(c.name in text for c in cases())
    assert "Case study notebook: wise-ethiopia.ipynb" in text


def test_choosing_a_challenge_updates_the_results(explorer):
    panel = explorer.widget
    panel.choice.value = "raw-materials"
    text = words(panel.results.value)
    assert "Raw materials: 2 of the 4 cases" in text
    assert "SEWA's Dura Sundari" in text and "ATEMDO" in text and "PATAMABA-WISE" not in text
    assert "collective purchases" in text
    panel.choice.value = "digital-literacy"
    text = words(panel.results.value)
    assert "Digital literacy: no case" in text and no_case() in text
    assert "Members need digital skills" in text


@pytest.mark.parametrize("challenge_id", CHALLENGE_IDS)
def test_every_challenge_shows_without_error(challenge_id):
    html = results_html(challenge_id)
    parse(html)
    meeting = [c for c in cases() if c.meets(challenge_id)]
    assert html.count("<li>") == len(meeting)
    assert (no_case() in words(html)) == (not meeting)


def test_start_on_another_challenge_or_a_subset():
    display = comparison_explorer("policy")
    assert display.widget.choice.value == "policy"
    assert "local government of Angono" in words(display.widget.results.value)
    two = (case("sewa-dura-sundari"), case("atemdo"))
    subset = ComparisonExplorer("marketing", two)
    assert "Marketing: 1 of the 2 cases" in words(subset.results.value)


def test_an_unknown_challenge_is_a_clear_error():
    with pytest.raises(CasesDataError, match="unknown challenge 'funds' \\(known: organising"):
        comparison_explorer("funds")

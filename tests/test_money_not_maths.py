"""Money in HTML outputs is not typeset as maths: JupyterLab and Colab read the text between two
``$`` signs as TeX ("R$15 … R$150" became "R*15insteadofR*150"). Exercise feedback and every
explorer's results sit in an element that MathJax 3 (mathjax_ignore) and 2 (tex2jax_ignore) skip."""

from __future__ import annotations

import re

from sse_course.apps.network_enterprise import network_enterprise_explorer
from sse_course.exercises.feedback import Feedback, Report

IGNORED = re.compile(r'<(\w+) [^>]*class="[^"]*\btex2jax_ignore mathjax_ignore\b[^"]*"')


def ignored_text(html: str) -> str:
    """The part of ``html`` inside the first element MathJax skips."""
    match = IGNORED.search(html)
    return html[match.start() :] if match else ""


def test_exercise_feedback_with_two_amounts_is_skipped_by_mathjax():
    feedback = Feedback("incorrect", "You gave R$15 instead of R$150.")
    assert "R$15 instead of R$150" in ignored_text(feedback._repr_html_())
    report = Report("Prices", (("Stall", feedback),))
    assert "R$150" in ignored_text(report._repr_html_())


def test_explorer_results_in_reais_are_skipped_by_mathjax():
    results = network_enterprise_explorer().widget.results.value
    assert results.count("R$") >= 2
    inside = ignored_text(results)
    assert inside.count("R$") >= 2

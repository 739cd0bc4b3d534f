"""What the book shows of a notebook's code cells (case studies, exercises).

A reader of the book cannot run code, and the case-study pages showed lines such as
``from sse_course.apps.collective_purchase import collective_purchase_explorer`` and the test
marker ``# NBVAL_CHECK_OUTPUT`` above a static table. When Sphinx reads a notebook page (the
notebook itself is not changed, and Jupyter, Binder and Colab still show every line):

- a code cell that uses the course's own package (``from sse_course ...`` / ``import
  sse_course``) is machinery: the book shows its output (the table, the chart, the quiz) and not
  its code;
- in every other code cell (an exercise's worked answer, say) the markers meant for the tests and
  the learner edition go: ``# NBVAL_...`` lines and trailing ``# SOLUTION`` comments.
"""

from __future__ import annotations

import re

from docutils import nodes

MACHINERY = re.compile(r"^\s*(?:from|import)\s+sse_course\b", re.M)
TEST_MARKER_LINE = re.compile(r"^[ \t]*#[ \t]*NBVAL_\w+[ \t]*(?:\n|$)", re.M)
SOLUTION_MARKER = re.compile(r"[ \t]*#[ \t]*SOLUTION[ \t]*$", re.M)


def shown_source(source: str) -> str | None:
    """The code the book shows for a cell, or None when it shows none."""
    if MACHINERY.search(source):
        return None
    return SOLUTION_MARKER.sub("", TEST_MARKER_LINE.sub("", source)).strip("\n")


def tidy_notebook_code(app, doctree: nodes.document) -> None:
    """Sphinx ``doctree-read``: apply :func:`shown_source` to each code cell of a notebook page."""
    for cell in list(
        doctree.findall(lambda node: isinstance(node, nodes.container) and node.get("nb_element") == "cell_code")
    ):
        for source in [child for child in cell.children if child.get("nb_element") == "cell_code_source"]:
            block = next(source.findall(nodes.literal_block), None)
            if block is None:
                continue
            shown = shown_source(block.astext())
            if not shown:
                cell.remove(source)
            elif shown != block.astext():
                block.children = []
                block += nodes.Text(shown)
                block.rawsource = shown
        if not cell.children:
            cell.parent.remove(cell)

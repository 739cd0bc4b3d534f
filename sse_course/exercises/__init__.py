"""Checks for the exercise notebooks in exercises/: feedback in plain language for every answer.

- :mod:`.answers`: reading what a learner typed (blank, numbers, choices) with helpful messages;
- :mod:`.feedback`: one piece of feedback, or a report over several items, for Jupyter and the book;
- :mod:`.classification`: sort items into categories (is it SSE? which form? which principle?);
- :mod:`.calculation`: a number checked with a tolerance, and a hint when it is wrong;
- :mod:`.canvas`: a planning canvas that is validated (not graded) and turned into a printable page.

The tasks themselves (items, expected values computed from the case-study models) live in one
module per exercise notebook, e.g. :mod:`.is_it_sse`.
"""

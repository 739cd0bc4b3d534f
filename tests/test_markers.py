"""`make check` leaves out the slow tests by their markers, so every slow test must carry one."""

from __future__ import annotations

import pytest

from .conftest import UNMARKED, missing_markers


def test_every_test_that_builds_the_book_or_opens_a_browser_carries_its_marker(request):
    unmarked = request.config.stash[UNMARKED]
    assert unmarked == [], "\n".join(unmarked)


def test_a_test_using_the_built_book_through_another_fixture_needs_the_build_marker(request):
    class Item:
        fixturenames = ["site", "built_book", "phone", "browser"]

        def __init__(self, marks):
            self.marks = marks

        def iter_markers(self):
            return iter(self.marks)

    assert missing_markers(Item([])) == ["browser", "build"]
    assert missing_markers(Item([pytest.mark.browser.mark])) == ["build"]
    assert missing_markers(Item([pytest.mark.browser.mark, pytest.mark.build.mark])) == []

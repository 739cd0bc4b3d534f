"""The welcome page says how long each part takes, worked out from the pages when the book is built."""

from __future__ import annotations

import re

import pytest

from sse_course.book.toc import ROOT, read_toc
from sse_course.build.durations import (
    MINUTES_PER_QUIZ_QUESTION,
    NOT_STUDIED,
    WORDS_PER_MINUTE,
    minutes_words,
    page_minutes,
    part_durations,
)


def test_a_chapter_takes_its_reading_time_plus_its_quiz(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# T\n\n" + "word " * (3 * WORDS_PER_MINUTE) + "\n\n```{quiz} what-is-sse\n```\n", encoding="utf-8")
    from sse_course.quiz.bank import load_bank

    assert page_minutes(page) == pytest.approx(3 + MINUTES_PER_QUIZ_QUESTION * len(load_bank("what-is-sse").questions))


def test_every_part_gets_a_time_in_whole_5_minutes():
    durations = part_durations(ROOT)
    toc = read_toc(ROOT)
    assert [d.caption for d in durations] == [p["caption"] for p in toc["parts"]]
    assert all(d.minutes > 0 and d.minutes % 5 == 0 for d in durations)


@pytest.mark.parametrize(
    "minutes, words", [(25, "about 25 minutes"), (60, "about 1 hour"), (125, "about 2 hours 5 minutes")]
)
def test_minutes_in_words(minutes, words):
    assert minutes_words(minutes) == words


@pytest.mark.build
def test_welcome_page_shows_each_part_and_its_time(built_book):
    page = (built_book / "book" / "welcome.html").read_text(encoding="utf-8")
    table = re.search(r'<table class="[^"]*sse-part-durations.*?</table>', page, re.S).group(0)
    for part in part_durations(ROOT):
        if part.caption not in NOT_STUDIED:
            assert part.caption in table and minutes_words(part.minutes) in table


@pytest.mark.build
def test_every_edition_shows_the_english_tables_parts_and_times_in_its_language(built_book):
    """Worked out from the English pages in every edition: an edition once counted its translated
    notebooks' words (3 hours 5 minutes for Part 4, not 2 hours 55) and, its parts named in its
    language, listed the trainers' section, the progress pages and the back matter too."""
    from sse_course.i18n.languages import translated_languages

    studied = [part for part in part_durations(ROOT) if part.caption not in NOT_STUDIED]
    for lang in translated_languages():
        page = (built_book / lang.tag / "book" / "welcome.html").read_text(encoding="utf-8")
        table = re.search(r'<table class="[^"]*sse-part-durations.*?</table>', page, re.S).group(0)
        rows = re.findall(r"<tr.*?</tr>", table, re.S)[1:]  # the head row first
        assert len(rows) == len(studied), (lang.tag, len(rows))
        for row, part in zip(rows, studied, strict=True):
            assert f">{len(part.pages)}<" in row and minutes_words(part.minutes, lang.code) in row, (lang.tag, row)

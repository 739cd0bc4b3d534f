"""The build-time pieces of the learner's progress (issue 16, part 2): the index of every quiz
and exercise that the My progress page and the certificate read, and the version each saved
quiz answer carries (an edited question drops its old answers; an edited explanation does not)."""

from __future__ import annotations

import dataclasses
import json
import posixpath

from sse_course.book.chapters import read_chapter
from sse_course.book.toc import page_file, toc_parts
from sse_course.build.progress_index import activity_index, index_json
from sse_course.exercises import catalogue
from sse_course.quiz.bank import load_bank
from sse_course.quiz.html import question_version, render_bank_html

from .conftest import ROOT


def test_the_index_holds_every_quiz_of_the_book_and_every_exercise():
    indexed = {(a.kind, a.id): a for _, pages in activity_index(ROOT) for page in pages for a in page.activities}
    pages = [p for part in toc_parts(ROOT) for p in part.pages]
    quizzes = {b for p in pages for b in read_chapter(page_file(ROOT, p)).quizzes()}
    exercises = {p.split("/")[-1] for p in pages if p.startswith("exercises/")}
    assert {i for k, i in indexed if k == "quiz"} == quizzes and len(quizzes) >= 15
    assert (
        {i for k, i in indexed if k == "exercise"}
        == exercises
        == {
            "home-based-workers",
            "is-it-sse",
            "policy-and-support",
            "case-study-calculations",
            "cooperative-readiness",
            "business-plan",
        }
    )
    assert indexed["quiz", "what-is-sse"].total == len(load_bank("what-is-sse").questions)
    assert indexed["exercise", "is-it-sse"].title == "Exercise: Is it SSE?"
    # What the exercise page counts when every task is checked (a classification counts its items).
    assert all(isinstance(a.total, int) and a.total >= 1 for (kind, _), a in indexed.items() if kind == "exercise")
    assert (indexed["exercise", "is-it-sse"].total or 0) > len(catalogue.tasks("is-it-sse"))


def test_the_index_links_pages_from_the_progress_page_and_names_the_parts():
    data = index_json(ROOT, "book/my-progress")
    assert data["root"] == "../"
    titles = [part["title"] for part in data["parts"]]
    assert titles[0] == "Part 1: Context" and "Exercises" in titles
    assert "For trainers" not in titles and "Back matter" not in titles  # nothing to do there
    urls = [page["url"] for part in data["parts"] for page in part["pages"]]
    assert "what-is-sse.html" in urls and "../exercises/is-it-sse.html" in urls
    for url in urls:  # each link, followed from book/, reaches a page of the book
        assert page_file(ROOT, posixpath.normpath("book/" + url).removesuffix(".html")).exists(), url


def test_a_question_version_changes_with_what_is_asked_not_with_its_explanations():
    bank = load_bank("what-is-sse")
    question = next(q for q in bank.questions if q.type == "single")
    version = question_version(question)
    assert len(version) == 10 and version == question_version(dataclasses.replace(question))
    option = question.options[0]
    reworded = dataclasses.replace(option, feedback=option.feedback + " More.")
    assert question_version(dataclasses.replace(question, options=(reworded, *question.options[1:]))) == version
    assert question_version(dataclasses.replace(question, order=tuple(reversed(question.display_order())))) == version
    for changed in (
        dataclasses.replace(question, prompt=question.prompt + "?"),
        dataclasses.replace(
            question, options=(dataclasses.replace(option, text=option.text + "."), *question.options[1:])
        ),
        dataclasses.replace(
            question, options=(dataclasses.replace(option, correct=not option.correct), *question.options[1:])
        ),
    ):
        assert question_version(changed) != version


def test_the_page_carries_each_question_version():
    bank = load_bank("what-is-sse")
    html = render_bank_html(bank)
    start = html.index('class="sse-quiz-data">') + len('class="sse-quiz-data">')
    data = json.loads(html[start : html.index("</script>", start)])
    assert [q["version"] for q in data["bank"]["questions"]] == [question_version(q) for q in bank.questions]

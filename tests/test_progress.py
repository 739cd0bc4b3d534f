"""A learner's progress across the book, on a 360 px phone with no account (issue 16, part 2):
a quiz answered on a chapter page shows on the My progress page, with "Continue where you left
off"; progress moves to a fresh browser (another device) as a file; a damaged store or a bad file
changes nothing and says so; an answer saved for an older wording of a question is dropped; the
certificate prints on one page at A4 and at Letter. (Every page's axe, width and weight checks
are in test_browser.py, which covers these pages too.)"""

from __future__ import annotations

import io
import json
import unicodedata

import pytest

from sse_course.build.progress_index import activity_index, exercise_total
from sse_course.quiz.bank import load_bank
from sse_course.quiz.html import question_version

from .conftest import ROOT

pytestmark = [pytest.mark.build, pytest.mark.browser]

CHAPTER, BANK = "book/what-is-sse.html", "what-is-sse"
PROGRESS, CERTIFICATE = "book/my-progress.html", "book/certificate.html"


def answer_first_question_by_keyboard(page) -> str:
    """Answer the bank's first single-choice question right, by keyboard only; its title."""
    question = next(q for q in load_bank(BANK).questions if q.type == "single")
    right = next(place for place, o in enumerate(question.ordered_options()) if o.correct)
    item = page.locator(f'.sse-quiz[data-bank="{BANK}"] .sse-quiz-question[data-qid="{question.id}"]')
    item.locator("legend").evaluate("el => { el.tabIndex = -1; el.focus(); }")
    page.keyboard.press("Tab")
    for _ in range(right):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert item.locator(".sse-quiz-feedback").inner_text().startswith("\u2713 Correct.")
    return question.id


def activity(page, kind: str, activity_id: str):
    return page.locator(f'.sse-progress-activity[data-kind="{kind}"][data-id="{activity_id}"]')


def stored_items(page) -> dict[str, str]:
    return page.evaluate(
        "() => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('sse-'))"
        ".map(k => [k, localStorage.getItem(k)]))"
    )


def test_a_quiz_answered_on_a_chapter_shows_on_my_progress_with_continue(touch_phone, site):
    total = len(load_bank(BANK).questions)
    touch_phone.goto(site + CHAPTER)
    answer_first_question_by_keyboard(touch_phone)
    touch_phone.goto(site + PROGRESS)
    state = activity(touch_phone, "quiz", BANK).locator(".sse-progress-state")
    assert state.inner_text() == f"started: 1 of {total} questions answered, 1 right"
    part = touch_phone.locator(".sse-progress-part", has=activity(touch_phone, "quiz", BANK))
    assert part.locator(".sse-progress-part-summary").inner_text().startswith("0 of 5 activities done")
    # The progress page is not "where you left off": the chapter is.
    link = touch_phone.locator(".sse-progress-continue a")
    assert link.inner_text() == "What is the social and solidarity economy?"
    link.click()
    touch_phone.wait_for_function("window.SSEProgress")
    assert touch_phone.url == site + CHAPTER
    # An exercise recorded through the shared contract (the exercises' page script) shows too:
    # started while some tasks are unchecked, done when the page counts all of them.
    tasks = exercise_total("is-it-sse")
    assert tasks is not None
    exercise = activity(touch_phone, "exercise", "is-it-sse")
    for checked, words in ((tasks - 1, f"started: 2 of {tasks - 1} right"), (tasks, f"done: 2 of {tasks}")):
        touch_phone.evaluate(
            "(total) => SSEProgress.record('exercise', 'is-it-sse', {score: 2, total: total, title: 'Is it SSE?'})",
            checked,
        )
        touch_phone.goto(site + PROGRESS)
        assert words in exercise.inner_text()
        assert ("is-done" in (exercise.get_attribute("class") or "")) == (checked == tasks)
        touch_phone.goto(site + CHAPTER)


def test_progress_moves_to_a_fresh_browser_as_a_file(browser, touch_phone, site, tmp_path):
    touch_phone.goto(site + CHAPTER)
    answer_first_question_by_keyboard(touch_phone)
    touch_phone.goto(site + PROGRESS)
    before = stored_items(touch_phone)
    with touch_phone.expect_download() as download:
        touch_phone.get_by_role("button", name="Save my progress to a file").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert "saved to the file" in touch_phone.locator(".sse-progress-status").inner_text()
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["format"] == "sse-course-progress" and data["version"] == 1
    assert data["items"] == before and f"sse-quiz/v1/{BANK}" in data["items"]

    other = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        laptop = other.new_page()
        laptop.goto(site + PROGRESS)
        assert activity(laptop, "quiz", BANK).locator(".sse-progress-state").inner_text() == "not started yet"
        laptop.locator(".sse-progress-import input").set_input_files(str(saved))
        status = laptop.locator(".sse-progress-status")
        status.filter(has_text="loaded").wait_for()
        assert status.get_attribute("aria-live") == "polite"
        assert activity(laptop, "quiz", BANK).locator(".sse-progress-state").inner_text().startswith("started: 1 of")
        assert stored_items(laptop) == before
        # The quiz itself shows the answer on the other device.
        laptop.goto(site + CHAPTER)
        assert laptop.locator(f'.sse-quiz[data-bank="{BANK}"] .sse-quiz-feedback.is-correct').count() == 1
    finally:
        other.close()


BAD_FILES = {
    "not JSON": ("{progress", "not a progress file from this course (it is not JSON)"),
    "another JSON file": (json.dumps({"name": "x"}), "not a progress file from this course"),
    "a newer version": (json.dumps({"format": "sse-course-progress", "version": 9, "items": {}}), "newer version"),
    "a key not the course's": (
        json.dumps({"format": "sse-course-progress", "version": 1, "items": {"sse-a": "1", "token": "x"}}),
        "damaged",
    ),
    "a value not text": (json.dumps({"format": "sse-course-progress", "version": 1, "items": {"sse-a": 1}}), "damaged"),
    "a broken quiz store": (
        json.dumps({"format": "sse-course-progress", "version": 1, "items": {"sse-quiz/v1/x": "[1"}}),
        "damaged",
    ),
}


def test_a_damaged_store_or_a_bad_file_changes_nothing_and_says_so(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    answer_first_question_by_keyboard(touch_phone)
    touch_phone.evaluate("localStorage.setItem('sse-progress/v1', '{not json')")
    touch_phone.goto(site + PROGRESS)
    status = touch_phone.locator(".sse-progress-status")
    assert status.inner_text() == "Some progress saved on this device could not be read. It was left as it is."
    assert activity(touch_phone, "quiz", BANK).locator(".sse-progress-state").inner_text() == "not started yet"
    before = stored_items(touch_phone)
    assert before["sse-progress/v1"] == "{not json"
    for name, (text, message) in BAD_FILES.items():
        touch_phone.locator(".sse-progress-import input").set_input_files(
            {"name": "progress.json", "mimeType": "application/json", "buffer": text.encode()}
        )
        status.filter(has_text=message).wait_for()
        assert status.inner_text().endswith("Nothing was changed."), name
        assert stored_items(touch_phone) == before, name
        status.evaluate("el => { el.textContent = '' }")
    # The certificate reads the same store: it says so too, and lists no part.
    touch_phone.goto(site + CERTIFICATE)
    assert touch_phone.locator(".sse-progress-status").inner_text().startswith("Some progress saved on this device")
    assert "No part of the course is complete yet" in touch_phone.locator(".sse-certificate").inner_text()
    assert stored_items(touch_phone) == before


def test_clearing_progress_asks_first(touch_phone, site):
    touch_phone.goto(site + CHAPTER)
    answer_first_question_by_keyboard(touch_phone)
    touch_phone.evaluate("localStorage.setItem('sse-projector', 'off')")
    touch_phone.goto(site + PROGRESS)
    clear = touch_phone.get_by_role("button", name="Clear all my progress")
    clear.focus()
    touch_phone.keyboard.press("Enter")
    assert clear.get_attribute("aria-expanded") == "true"
    touch_phone.keyboard.press("Escape")  # No: nothing changes
    assert touch_phone.evaluate("document.activeElement.textContent") == "Clear all my progress"
    assert f"sse-quiz/v1/{BANK}" in stored_items(touch_phone)
    clear.click()
    touch_phone.get_by_role("button", name="Yes, clear everything").click()
    assert touch_phone.locator(".sse-progress-status").inner_text() == "Your progress on this device was cleared."
    assert stored_items(touch_phone) == {"sse-projector": "off"}, "a device setting is not progress"
    assert activity(touch_phone, "quiz", BANK).locator(".sse-progress-state").inner_text() == "not started yet"


def test_an_answer_to_an_older_wording_is_dropped_and_the_others_stay(touch_phone, site):
    first, second = [q for q in load_bank(BANK).questions if q.type == "single"][:2]
    right = next(i for i, o in enumerate(second.options) if o.correct)
    touch_phone.goto(site + CHAPTER)
    touch_phone.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [
            f"sse-quiz/v1/{BANK}",
            json.dumps(
                {first.id: {"v": "0ld-w0rding", "a": right}, second.id: {"v": question_version(second), "a": right}}
            ),
        ],
    )
    touch_phone.reload()
    quiz = touch_phone.locator(f'.sse-quiz[data-bank="{BANK}"]')
    assert quiz.locator(f'[data-qid="{first.id}"] input:checked').count() == 0
    assert quiz.locator(f'[data-qid="{first.id}"] .sse-quiz-feedback').inner_text() == ""
    assert quiz.locator(f'[data-qid="{second.id}"] input[value="{right}"]').is_checked()
    assert quiz.locator(".sse-quiz-score").inner_text() == f"Score: 1 of {len(load_bank(BANK).questions)} correct."
    # "Start fresh" on the quiz takes it off the My progress page too.
    quiz.get_by_role("button", name="Start fresh").click()
    quiz.get_by_role("button", name="Yes, clear them").click()
    touch_phone.goto(site + PROGRESS)
    assert activity(touch_phone, "quiz", BANK).locator(".sse-progress-state").inner_text() == "not started yet"


def test_the_certificate_prints_on_one_page_at_a4_and_letter(touch_phone, site):
    from pypdf import PdfReader

    first_part, pages = activity_index(ROOT)[0]
    touch_phone.goto(site + CHAPTER)
    for page in pages:
        for a in page.activities:
            touch_phone.evaluate(
                "([kind, id, total]) => SSEProgress.record(kind, id, {score: total, total: total, answered: total})",
                [a.kind, a.id, a.total or 3],
            )
    touch_phone.goto(site + CERTIFICATE)
    touch_phone.get_by_label("Your name, as it should appear on the certificate").fill("Maria Santos")
    touch_phone.reload()  # the name is kept on the device
    certificate = touch_phone.locator(".sse-certificate")
    assert "Maria Santos" in certificate.inner_text()
    touch_phone.emulate_media(media="print")
    assert touch_phone.locator(".sse-certificate-sheet").evaluate("el => getComputedStyle(el).color") == "rgb(0, 0, 0)"
    for size in ("A4", "Letter"):
        reader = PdfReader(io.BytesIO(touch_phone.pdf(format=size, print_background=True)))
        assert len(reader.pages) == 1, f"{size}: {len(reader.pages)} pages"
        text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())  # no "ﬁ" ligature
        for words in (
            "Certificate of completion",
            "Maria Santos",
            "The Social and Solidarity Economy for home-based workers",
            f"{first_part}, completed on",
            "It is not an assessment",
        ):
            assert words in text, f"{size}: {words!r} not in {text!r}"
        assert "Part 2" not in text and "Save my progress" not in text

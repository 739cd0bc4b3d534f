"""Printable handouts, answer keys and the whole book as one PDF, read back with pypdf.

Every chapter and case study gets a handout that shows its title, discussion questions and quiz
but none of the right answers' feedback, and an answer key with every right answer. The whole
book PDF has one bookmark per page of the table of contents.

Issue 17, as a trainer with no laptop meets them: every reading that a session plan names is in
the handout of its page, with its tables and figures; a heading is never left at the foot of a
page without the first item under it; and the games have card sheets with every card and no key.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from sse_course.book.chapters import read_chapter
from sse_course.book.toc import page_file
from sse_course.delivery.handouts import (
    BOOK_PDF,
    book_pdf,
    card_sets,
    handout_sources,
    main,
    make_handouts,
    offline_context,
    plan_readings,
    read_handout,
)
from sse_course.delivery.handouts.exercise_sheets import exercise_sheets
from sse_course.delivery.handouts.readings import GENERATED_TABLES
from sse_course.exercises.catalogue import EXERCISES
from sse_course.quiz.bank import load_bank

from .conftest import ROOT, toc_pages

pytestmark = pytest.mark.browser

SOURCES = handout_sources(ROOT)
HANDOUT_BUDGET_BYTES = 150 * 1024


def squeeze(text: str) -> str:
    """Text as compared here: no white space at all (PDF text breaks lines and may drop or add
    spaces), lower case, ligatures and typographic quotes undone."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ad": ""}))
    return re.sub(r"\s+", "", text)


@functools.cache
def pdf_pages(path: Path) -> tuple[str, ...]:
    return tuple(page.extract_text() for page in PdfReader(path).pages)


def pdf_text(path: Path) -> str:
    return "\n".join(pdf_pages(path))


def first_words(markdown: str, n: int = 5) -> str:
    """The first words of a MyST item, as a reader sees them, stopping before any role whose
    shown text this test cannot know (a bare {doc} link shows the target page's title)."""
    text = re.sub(r"\s*\{cite(?::\w+)?\}`[^`]*`", "", markdown)
    text = re.sub(r"\{[\w:-]+\}`([^`<]+?)\s*<[^>]*>`", r"\1", text)
    text = re.sub(r"\{term\}`([^`]+)`", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    words = []
    for word in text.split()[:n]:
        if "{" in word or "`" in word:
            break
        words.append(word.strip("*_"))
    return " ".join(words)


def page_id(path: Path) -> str:
    return path.stem


@pytest.fixture(scope="module")
def context(browser):
    """An offline context of the session's Chromium (a second Playwright cannot start inside it)."""
    context = offline_context(browser)
    yield context
    context.close()


@pytest.fixture(scope="module")
def handouts(tmp_path_factory, context) -> Path:
    out = tmp_path_factory.mktemp("handouts")
    make_handouts(out, ROOT, context=context)
    assert context.refused == []
    return out


def test_every_chapter_and_case_study_has_a_handout():
    names = {path.stem for path in SOURCES}
    assert "what-is-sse" in names, "the model chapter has no handout"
    assert any(path.suffix == ".ipynb" for path in SOURCES), "no case-study notebook has a handout"


@pytest.mark.parametrize("source", SOURCES, ids=page_id)
def test_handout_shows_the_chapter_and_its_quiz_but_no_answers(handouts, source):
    handout, key = handouts / f"{source.stem}.pdf", handouts / f"{source.stem}-answer-key.pdf"
    for pdf in (handout, key):
        assert len(PdfReader(pdf).pages) >= 1
        assert pdf.stat().st_size <= HANDOUT_BUDGET_BYTES, f"{pdf.name} weighs {pdf.stat().st_size // 1024} KB"
    raw = pdf_text(handout)
    assert not re.search(r"\{[\w:-]+\}`", raw), f"{handout.name} shows MyST markup"
    text, key_text = squeeze(raw), squeeze(pdf_text(key))
    chapter = read_chapter(source)
    title = re.search(r"^#\s+(.+)$", chapter.source, re.M).group(1)
    assert squeeze(first_words(title, 12)) in text, f"{handout.name} lacks the title {title!r}"
    for part in ("Learning objectives", "Discussion questions", "Key takeaways"):
        for item in chapter.items(part):
            words = first_words(item)
            assert squeeze(words) in text, f"{handout.name} lacks the {part.lower()} item starting {words!r}"
    for bank_id in chapter.quizzes():
        for question in load_bank(ROOT / "sse_course" / "quizzes" / f"{bank_id}.yml").questions:
            prompt = " ".join(question.prompt.split()[:6])
            assert squeeze(prompt) in text, f"{handout.name} lacks the question {question.id!r}"
            for option in question.options:
                assert squeeze(option.text) in text, f"{handout.name} lacks an option of {question.id!r}"
            for shown in (*question.choices, *(item.text for item in question.items)):
                assert squeeze(shown) in text, f"{handout.name} lacks a choice or an item of {question.id!r}"
            for feedback in right_feedback(question):
                # The key has it (so the comparison works) and the handout does not.
                assert squeeze(feedback) in key_text, f"{key.name} lacks the feedback of {question.id!r}"
                assert squeeze(feedback) not in text, f"{handout.name} gives away the answer to {question.id!r}"


def right_feedback(question) -> list[str]:
    if question.type in ("single", "multiple"):
        return [o.feedback for o in question.options if o.correct]
    if question.type == "matching":
        return [item.feedback for item in question.items if item.feedback]
    if question.type == "true_false":
        return [question.feedback_true if question.answer else question.feedback_false]
    return [question.feedback_correct]


def right_answers(question) -> list[str]:
    if question.type in ("single", "multiple"):
        return [o.text for o in question.options if o.correct]
    if question.type == "matching":  # each item with the choice it matches (its letter varies)
        return [f"{item.text} \u2192" for item in question.items] + [item.answer for item in question.items]
    if question.type == "true_false":
        return ["Answer: True" if question.answer else "Answer: False"]
    number = question.answer
    return ["Answer: " + (str(int(number)) if float(number).is_integer() else str(number))]


@pytest.mark.parametrize("source", SOURCES, ids=page_id)
def test_answer_key_gives_every_right_answer(handouts, source):
    key_text = squeeze(pdf_text(handouts / f"{source.stem}-answer-key.pdf"))
    chapter = read_chapter(source)
    title = re.search(r"^#\s+(.+)$", chapter.source, re.M).group(1)
    assert squeeze(first_words(title, 12)) in key_text
    for bank_id in chapter.quizzes():
        for question in load_bank(ROOT / "sse_course" / "quizzes" / f"{bank_id}.yml").questions:
            for answer in right_answers(question):
                assert squeeze(answer) in key_text, f"the answer key of {source.stem} lacks {answer!r} ({question.id})"


def test_a_matching_question_on_paper_has_a_line_per_item_and_its_key_gives_each_pair(handouts):
    """Issue 16: the handout lists the choices with letters and each item with a line to write
    the letter on; the answer key pairs each item with its letter and answer, the letters as printed."""
    bank = load_bank("forms-of-sse-organisations")
    question = next(q for q in bank.questions if q.type == "matching")
    letters = {text: chr(ord("A") + place) for place, (_, text) in enumerate(question.ordered_choices())}
    text = squeeze(pdf_text(handouts / "forms-of-sse-organisations.pdf"))
    key_text = squeeze(pdf_text(handouts / "forms-of-sse-organisations-answer-key.pdf"))
    choices = "".join(f"{letter}.{choice}" for choice, letter in sorted(letters.items(), key=lambda pair: pair[1]))
    assert squeeze(choices) in text, "the choices are not listed in order with their letters"
    assert squeeze("write the letter of its answer") in text
    for item in question.items:
        pair = squeeze(f"{item.text} \u2192 {letters[item.answer]}. {item.answer}")
        assert pair in key_text, f"the key lacks the pair for {item.text!r}"
        assert pair not in text and "\u2192" not in pdf_text(handouts / "forms-of-sse-organisations.pdf")


def test_handout_glossary_words_have_their_definitions(handouts):
    """The model chapter links glossary words: its handout lists them with their definitions."""
    source = next(path for path in SOURCES if path.stem == "what-is-sse")
    handout = read_handout(source, ROOT)
    assert handout.terms, "the model chapter links no glossary word"
    text = squeeze(pdf_text(handouts / "what-is-sse.pdf"))
    for term in handout.terms:
        assert squeeze(term.names[0]) in text
        assert squeeze(first_words(term.definition, 4)) in text, f"no definition of {term.names[0]!r}"


def built_title(html_file: Path) -> str:
    page = html_file.read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    heading = re.sub(r'<a class="headerlink".*?</a>', "", heading, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", heading)).strip()


def page_number(reader: PdfReader, bookmark) -> int:
    """The page a bookmark opens (pypdf gives None for a bookmark that points nowhere)."""
    number = reader.get_destination_page_number(bookmark)
    assert number is not None, f"the bookmark {bookmark.title!r} points to no page"
    return number


@pytest.mark.build
def test_whole_book_pdf_has_a_bookmark_and_the_title_of_every_page(built_book, tmp_path, context):
    result = book_pdf(built_book, tmp_path / BOOK_PDF, ROOT, context=context)
    assert result.refused == [], f"printing the book tried to reach other hosts: {result.refused}"
    reader = PdfReader(result.path)
    pages = toc_pages(ROOT)
    outline = reader.outline
    assert len(outline) == len(pages), f"{len(outline)} bookmarks for {len(pages)} pages of the table of contents"
    starts = [page_number(reader, entry) for entry in outline]
    assert starts == sorted(starts) and len(set(starts)) == len(starts), "bookmarks out of order"
    for entry, start, end, page in zip(outline, starts, starts[1:] + [len(reader.pages)], pages, strict=True):
        title = built_title(built_book / f"{page}.html")
        assert squeeze(entry.title) == squeeze(title), f"bookmark {entry.title!r} for {page} ({title!r})"
        text = squeeze("".join(reader.pages[i].extract_text() for i in range(start, end)))
        assert squeeze(title) in text, f"{BOOK_PDF} lacks the title of {page} on its pages"


def test_the_command_says_to_build_the_book_first(tmp_path, capsys):
    assert main([str(tmp_path / "out"), "--html-dir", str(tmp_path / "no-book")]) == 1
    assert "Build it first (make book)" in capsys.readouterr().err


# ---- the readings of the session plans ---------------------------------------------------------

READINGS = plan_readings(ROOT)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$", re.M)
_DIRECTIVE = re.compile(r"^(`{3,}|:{3,})\{([\w-]+)\}[ \t]*([^\n]*)\n(.*?)^\1[ \t]*$", re.M | re.S)


def section_of(source: str, title: str) -> str | None:
    """The heading line and body of the section titled ``title`` (or that holds a table or
    figure whose caption starts with it), read here from the source, apart from readings.py."""
    headings = list(_HEADING.finditer(source))
    for i, m in enumerate(headings):
        if first_words(m.group(2), 30).lower() == title.lower():
            level = len(m.group(1))
            end = next((h.start() for h in headings[i + 1 :] if len(h.group(1)) <= level), len(source))
            return source[m.start() : end]
    for d in _DIRECTIVE.finditer(source):
        caption = d.group(3) if d.group(2) == "list-table" else d.group(4)
        if d.group(2) in ("list-table", "figure") and " ".join(caption.split()).lower().startswith(title.lower()):
            holder = [m for m in headings if m.start() < d.start() and len(m.group(1)) >= 2][-1]
            return section_of(source, first_words(holder.group(2), 30))
    return None


def what_a_reader_sees(section: str) -> list[str]:
    """The heading, the first words of the first paragraph, and each table's caption and first
    cells and each figure's caption, as the reader of the printed page would check them."""
    heading, body = section.split("\n", 1)
    seen = [first_words(heading.lstrip("# "), 30)]
    prose = re.sub(r"^(`{3,}|:{3,})\{.*?^\1[ \t]*$", "", body, flags=re.M | re.S)
    paragraph = next(
        (line for line in prose.splitlines() if line.strip() and not re.match(r"\s*([#(%:|`]|[-*+] |\d+\. )", line)), ""
    )
    if paragraph:
        seen.append(first_words(paragraph))
    for d in _DIRECTIVE.finditer(body):
        if d.group(2) == "list-table":
            seen.append(first_words(d.group(3), 6))
            header_rows = int((re.search(r"^:header-rows:\s*(\d+)", d.group(4), re.M) or [0, 0])[1])
            seen += [first_words(cell, 4) for cell in re.findall(r"^\* - (.+)$", d.group(4), re.M)[header_rows:]]
        elif d.group(2) == "figure":
            caption = "\n".join(line for line in d.group(4).splitlines() if not line.startswith(":"))
            seen.append(first_words(caption.strip(), 6))
    return [words.replace("*", "") for words in seen if words]


def reading_id(reading) -> str:
    return f"{Path(reading.page).name}:{reading.title[:30]}"


def test_the_plans_name_readings_on_pages_with_handouts():
    assert len(READINGS) >= 10, "the session plans name too few readings"
    handout_pages = {path.relative_to(ROOT).with_suffix("").as_posix() for path in SOURCES}
    assert any("90 minutes" in r.plan for r in READINGS), "the 90-minute plan names no reading"
    for reading in READINGS:
        assert reading.page in handout_pages, f"{reading.plan}: {reading.page} has no handout"


@pytest.mark.parametrize("reading", READINGS, ids=reading_id)
def test_every_reading_a_session_plan_names_is_in_the_handout_of_its_page(handouts, reading):
    text = squeeze(pdf_text(handouts / f"{Path(reading.page).name}.pdf"))
    if reading.title in GENERATED_TABLES:
        from sse_course.models.collective_purchase import DEFAULT_SIZES, DEFAULTS, outcomes_by_size

        expected = [reading.title] + [f"{outcome.members:,}" for outcome in outcomes_by_size(DEFAULTS, DEFAULT_SIZES)]
    else:
        section = section_of(read_chapter(page_file(ROOT, reading.page)).source, reading.title)
        assert section, f"{reading.plan}: {reading.page} has no part, table or figure {reading.title!r}"
        expected = what_a_reader_sees(section)
    for words in expected:
        assert squeeze(words) in text, (
            f'{reading.plan} reads "{reading.title}" from the handout of {reading.page}, which lacks {words!r}'
        )


# ---- headings stay with what follows them -------------------------------------------------------


def heading_and_first_item(source: Path) -> list[tuple[str, str]]:
    handout = read_handout(source, ROOT)
    pairs = []
    for heading, block in (
        ("Learning objectives", handout.objectives),
        ("Key takeaways", handout.takeaways),
        ("Discussion questions", handout.discussion),
    ):
        if block.items:
            pairs.append((heading, first_words(block.items[0], 4)))
    if handout.terms:
        pairs.append(("Words to know", handout.terms[0].names[0]))
    for bank in handout.banks:
        pairs.append((f"Quiz: {bank.title}", " ".join(bank.questions[0].prompt.split()[:5])))
    source_text = read_chapter(source).source
    found = {section_of(source_text, r.title) for r in READINGS if r.page == handout.page}
    # In the page's order: the handout prints the readings as the page has them.
    sections = [what_a_reader_sees(s) for s in sorted(found - {None}, key=source_text.index)]
    if sections:
        pairs.append(("To read together", sections[0][0]))
    # Each reading's heading prints with its first paragraph (when the section starts with one).
    pairs += [(seen[0], seen[1]) for seen in sections if len(seen) > 1 and not seen[1].startswith(seen[0])]
    return list(dict.fromkeys((heading, item) for heading, item in pairs if item))


@pytest.mark.parametrize("source", SOURCES, ids=page_id)
def test_a_heading_is_printed_on_the_page_of_its_first_item(handouts, source):
    # Issue 17: "Discussion questions" ended page 1 of the what-is-sse handout; its list began page 2.
    pages = [squeeze(page) for page in pdf_pages(handouts / f"{source.stem}.pdf")]
    for heading, item in heading_and_first_item(source):
        on = [i for i, page in enumerate(pages) if squeeze(heading) in page]
        assert on, f"{source.stem}.pdf has no heading {heading!r}"
        assert any(squeeze(item) in pages[i] for i in on), (
            f"{source.stem}.pdf: the heading {heading!r} is on page {on[0] + 1}, its first item {item!r} is not"
        )


# ---- card sheets ---------------------------------------------------------------------------------

CARD_SETS = card_sets(ROOT)
ACTIVITY_CARDS = (ROOT / "book" / "trainers" / "activity-cards.md").read_text(encoding="utf-8")


def keys_for_the_trainer() -> list[str]:
    """The first words of every sentence of every "Key for the trainer" on the activity cards."""
    keys = re.findall(r"\*\*Key for the trainer\.\*\*(.*?)(?:\n\n|\Z)", ACTIVITY_CARDS, re.S)
    assert keys, "the activity cards have no key for the trainer"
    return [first_words(sentence, 6) for key in keys for sentence in re.split(r"(?<=[.:])\s+", key) if sentence.strip()]


def test_there_is_a_card_sheet_for_each_game_and_the_roles():
    names = {cards.name for cards in CARD_SETS}
    for needed in ("cards-is-it-sse", "cards-general-assembly", "cards-ilc-timeline", "cards-roles-and-names"):
        assert needed in names, f"no card sheet {needed}.pdf"
    sorting = next(cards for cards in CARD_SETS if cards.name == "cards-is-it-sse")
    assert len(sorting.sheets[0].cards) == 10, "the sorting game has ten cards"


@pytest.mark.parametrize("cards", CARD_SETS, ids=lambda cards: cards.name)
def test_a_card_sheet_holds_every_card_in_large_type_and_no_key(handouts, cards):
    pdf = handouts / f"{cards.name}.pdf"
    raw = pdf_text(pdf)
    text = squeeze(raw)
    assert squeeze(cards.title) in text
    for sheet in cards.sheets:
        assert squeeze(sheet.title) in text, f"{pdf.name} lacks the sheet {sheet.title!r}"
        for card in sheet.cards:
            words = re.sub(r"<[^>]+>", "", html.unescape(card.text))
            assert squeeze(first_words(words, 6)) in text, f"{pdf.name} lacks the card {words[:40]!r}"
    assert "key for the trainer" not in raw.lower()
    for words in keys_for_the_trainer():
        assert squeeze(words) not in text, f"{pdf.name} gives away the key: {words!r}"
    assert not re.search(r"\{[\w:-]+\}`", raw), f"{pdf.name} shows MyST markup"
    # Large type: the cards' words are printed at 16 pt or more (the handouts' text is 11 pt).
    card_chars = sum(
        len(squeeze(re.sub(r"<[^>]+>", "", html.unescape(card.heading + card.text))))
        for sheet in cards.sheets
        for card in sheet.cards
    )
    assert characters_in_large_type(pdf) >= 0.9 * card_chars, f"{pdf.name}: the cards are not in large type"


def characters_in_large_type(pdf: Path, points: float = 16) -> int:
    """How many characters (white space left out) the PDF prints at ``points`` pt or more."""
    count = 0

    def visit(text, cm, tm, font, size):
        nonlocal count
        scale = (abs(tm[3]) or abs(tm[1])) * (abs(cm[3]) or abs(cm[1]))
        if size * scale >= points:
            count += len(re.sub(r"\s", "", text))

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return count


def test_a_course_with_no_trainers_section_has_handouts_but_no_readings_or_cards(tmp_path):
    # The learner edition drops book/trainers: its handouts must still be made, with no readings.
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "x.md").write_text("# X\n\n## Discussion questions\n\n1. Why?\n", encoding="utf-8")
    handout = read_handout(tmp_path / "book" / "x.md", tmp_path)
    assert handout.readings == "" and handout.discussion.items == ["Why?"]
    assert card_sets(tmp_path) == []
    assert plan_readings(tmp_path) == []


def test_a_plan_that_names_a_missing_part_is_a_clear_error(tmp_path):
    from sse_course.delivery.handouts import reading_html

    (tmp_path / "book" / "trainers").mkdir(parents=True)
    (tmp_path / "book" / "x.md").write_text("# X\n\n## Here\n\nText.\n", encoding="utf-8")
    (tmp_path / "book" / "trainers" / "session-plans.md").write_text(
        '## Plan A (10 minutes)\n\nRead the part "Not here" of {doc}`../x` aloud.\n', encoding="utf-8"
    )
    [reading] = plan_readings(tmp_path)
    assert (reading.page, reading.title) == ("book/x", "Not here")
    with pytest.raises(ValueError, match='names the reading "Not here", but book/x has no section'):
        reading_html(reading, tmp_path)


def test_start_here_names_only_card_sheets_the_handouts_make():
    """The zip's START-HERE tells trainers which PDFs are card sheets: every one it names is made."""
    text = (ROOT / "sse_course" / "delivery" / "START-HERE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(cards-[\w-]+)\.pdf`", text))
    assert named, "START-HERE.md names no card sheet"
    assert named <= {cards.name for cards in CARD_SETS}


EXERCISE_SHEETS = exercise_sheets(ROOT)


def test_every_exercise_has_a_sheet_on_paper():
    assert sorted(sheet.exercise for sheet in EXERCISE_SHEETS) == sorted(EXERCISES)
    assert all(task.words.strip() for sheet in EXERCISE_SHEETS for task in sheet.tasks), "a task with no words"


@pytest.mark.parametrize("sheet", EXERCISE_SHEETS, ids=lambda sheet: sheet.exercise)
def test_an_exercise_sheet_asks_every_task_and_its_key_answers_it(handouts, sheet):
    """From the one catalogue the page and the notebook check: the sheet holds each task's words
    and items with a line to write on and no answer; the key gives each answer."""
    raw = pdf_text(handouts / f"{sheet.name}.pdf")
    text, key = squeeze(raw), squeeze(pdf_text(handouts / f"{sheet.name}-answer-key.pdf"))
    assert not re.search(r"\{[\w:-]+\}`|```", raw), f"{sheet.name}.pdf shows MyST markup"
    for task in sheet.tasks:
        data = task.data
        assert squeeze(task.title) in text and squeeze(task.title) in key
        if data["kind"] == "classification":
            for item in data["items"]:
                assert squeeze(first_words(item["text"], 6)) in text
                assert squeeze(first_words(item["why"], 8)) not in text, f"{sheet.name}.pdf gives away {item['why']!r}"
                assert squeeze(f"Answer: {item['answer']}") in key
        elif data["kind"] == "numeric":
            assert squeeze(data["explanation"][:40]) not in text
            assert squeeze(data["explanation"][:40]) in key
        else:
            for field in data["fields"]:
                assert squeeze(field["label"]) in text
    assert "Answer:" not in raw

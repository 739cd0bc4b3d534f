"""A handout and its answer key as small HTML pages for print, in the words of ``strings/en.yml``
translated into the handout's language (context ``handouts:<key>`` in the ``sse_course``
catalogue; the quiz's own words come from the quiz's strings)."""

from __future__ import annotations

import contextlib
import functools
from html import escape
from pathlib import Path

import yaml

from sse_course.book import myst
from sse_course.book.chapters import ListBlock
from sse_course.formatting import plain_number
from sse_course.i18n import runtime
from sse_course.i18n.interface import english_table, translated
from sse_course.i18n.languages import language as find_language
from sse_course.quiz.bank import Question
from sse_course.quiz.strings import interface_strings

from .print_css import HANDOUT_CSS
from .readings import LEAD_SLOT
from .sources import Handout

STRINGS_DIR = Path(__file__).resolve().parent / "strings"
ENGLISH = STRINGS_DIR / "en.yml"
#: Where the handouts' words are, in their catalogue contexts (``handouts:answer``).
WHERE = "handouts"


def english_strings() -> dict[str, str]:
    """Every word the handouts print, in English (the source)."""
    return english_table(ENGLISH)


def handout_strings(language: str | None = None) -> dict[str, str]:
    """The handouts' own words in ``language`` (default: the language the course speaks now;
    English where not translated yet)."""
    return dict(_handout_strings(find_language(language or runtime.current_language()).code))


@functools.cache
def _handout_strings(code: str) -> dict[str, str]:
    return translated(WHERE, english_strings(), code)


@functools.lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def inline_html(text: str, page_dir: Path | None = None) -> str:
    """MyST inline text as HTML (emphasis kept, raw HTML escaped)."""
    return _markdown().renderInline(myst.plain_inline(text, page_dir)).strip()


def course_title(root: Path) -> str:
    """The book's title from ``root``'s _config.yml ("" if it has none)."""
    with contextlib.suppress(OSError, yaml.YAMLError, AttributeError):
        return yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8")).get("title") or ""
    return ""


def _document(title: str, course: str, body: str, language: str | None = None) -> str:
    tag = find_language(language or runtime.current_language()).tag  # <html lang> is a BCP 47 tag: pt-BR
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(tag)}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{HANDOUT_CSS}</style></head><body>\n"
        f'<p class="course">{escape(course)}</p>\n{body}\n</body></html>\n'
    )


def _paragraphs(paragraphs: list[str], page_dir: Path, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{inline_html(p, page_dir)}</p>\n" for p in paragraphs)


def _kept(heading: str, lead: str, items: list[str], tag: str, css: str = "") -> str:
    """A heading, the text under it and the first item of its list kept on one page (a box that
    print does not break), then the other items, numbered on: Chromium does not always honour
    ``break-after: avoid`` alone, and left "Discussion questions" at the foot of a page."""
    attr = f' class="{css}"' if css else ""
    first = f"<{tag}{attr}>\n{items[0]}</{tag}>\n" if items else ""
    start = ' start="2"' if tag == "ol" else ""
    rest = f"<{tag}{attr}{start}>\n" + "".join(items[1:]) + f"</{tag}>\n" if items[1:] else ""
    return f'<div class="keep">\n{heading}{lead}{first}</div>\n{rest}'


def _list(heading: str, block: ListBlock, page_dir: Path, tag: str) -> str:
    items = [f"<li>{inline_html(item, page_dir)}</li>\n" for item in block.items]
    return _kept(heading, _paragraphs(block.intro, page_dir), items, tag) + _paragraphs(block.outro, page_dir)


def _letter(i: int) -> str:
    return chr(ord("A") + i)


def _question_on_paper(q: Question, words: dict[str, str], text: dict[str, str]) -> str:
    html = f'<li><p class="prompt">{escape(q.prompt)}</p>\n'
    if q.type in ("single", "multiple"):
        hint = text["tick_one"] if q.type == "single" else text["tick_all"]
        if q.type == "single" or words["choose_all"].lower() not in q.prompt.lower():
            html += f'<p class="hint">{escape(hint)}</p>\n'
        html += (
            '<ul class="options">\n'
            + "".join(
                f'<li><span class="box"></span><span class="letter">{_letter(i)}.</span> {escape(o.text)}</li>\n'
                for i, o in enumerate(q.ordered_options())
            )
            + "</ul>\n"
        )
    elif q.type == "matching":
        # The choices, lettered, then each item with a line for the letter of its answer.
        html += (
            f'<p class="hint">{escape(text["match_letters"])}</p>\n<ul class="options">\n'
            + "".join(
                f'<li><span class="letter">{_letter(place)}.</span> {escape(choice)}</li>\n'
                for place, (_, choice) in enumerate(q.ordered_choices())
            )
            + '</ul>\n<ol class="match">\n'
            + "".join(f'<li>{escape(item.text)} <span class="line"></span></li>\n' for item in q.items)
            + "</ol>\n"
        )
    elif q.type == "true_false":
        html += (
            f'<p class="hint">{escape(text["tick_one"])}</p>\n<p class="tf">'
            f'<span class="choice"><span class="box"></span>{escape(words["answer_true"])}</span>'
            f'<span class="choice"><span class="box"></span>{escape(words["answer_false"])}</span></p>\n'
        )
    else:
        unit = f" {escape(q.unit)}" if q.unit else ""
        html += f'<p class="write">{escape(words["your_answer"])}:<span class="line"></span>{unit}</p>\n'
    return html + "</li>\n"


def right_answers(
    q: Question, words: dict[str, str] | None = None, text: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """(the right answer as the key prints it, its feedback) for a question."""
    words = words or interface_strings()
    text = text or handout_strings()
    if q.type in ("single", "multiple"):
        return [(f"{_letter(i)}. {o.text}", o.feedback) for i, o in enumerate(q.ordered_options()) if o.correct]
    if q.type == "matching":
        letters = {choice: _letter(place) for place, (_, choice) in enumerate(q.ordered_choices())}
        return [(f"{item.text} \u2192 {letters[item.answer]}. {item.answer}", item.feedback) for item in q.items]
    if q.type == "true_false":
        return [(words["answer_true"], q.feedback_true) if q.answer else (words["answer_false"], q.feedback_false)]
    answer = plain_number(q.answer) + (f" {q.unit}" if q.unit else "")
    if q.tolerance:
        accept = text["accept"].format(
            low=plain_number(q.answer - q.tolerance), high=plain_number(q.answer + q.tolerance)
        )
        answer += f" ({accept})"
    return [(answer, q.feedback_correct)]


def handout_html(handout: Handout, course: str = "", language: str | None = None) -> str:
    """The learner's handout: no answers and no feedback."""
    page_dir = handout.path.parent
    words, text = interface_strings(language), handout_strings(language)
    parts = [
        f"<h1>{escape(handout.title)}</h1>\n",
        f'<p class="fill">{escape(text["name"])} <span></span> {escape(text["date"])} <span></span></p>\n',
    ]
    if handout.objectives.items:
        parts.append(_list(f"<h2>{escape(text['objectives'])}</h2>\n", handout.objectives, page_dir, "ol"))
    if handout.readings:
        lead = f'<h2>{escape(text["readings"])}</h2>\n<p class="note">{escape(text["readings_note"])}</p>\n'
        parts.append(handout.readings.replace(LEAD_SLOT, lead, 1).replace(LEAD_SLOT, ""))
    if handout.takeaways.items:
        parts.append(_list(f"<h2>{escape(text['takeaways'])}</h2>\n", handout.takeaways, page_dir, "ul"))
    if handout.terms:
        terms = [
            f"<dt>{escape(t.names[0])}"
            + (
                f' <span class="aka">({escape(text["also"].format(names=", ".join(t.names[1:])))})</span>'
                if t.names[1:]
                else ""
            )
            + f"</dt>\n<dd>{inline_html(t.definition, t.base)}</dd>\n"
            for t in handout.terms
        ]
        parts.append(_kept(f"<h2>{escape(text['words_to_know'])}</h2>\n", "", terms, "dl"))
    if handout.discussion.items:
        parts.append(_list(f"<h2>{escape(text['discussion'])}</h2>\n", handout.discussion, page_dir, "ol"))
    for bank in handout.banks:
        parts.append(
            _kept(
                f"<h2>{escape(text['quiz_heading'].format(title=bank.title))}</h2>\n",
                f'<p class="note">{escape(text["on_paper"])}</p>\n',
                [_question_on_paper(q, words, text) for q in bank.questions],
                "ol",
                "questions",
            )
        )
    return _document(handout.title, course, "".join(parts), language)


def answer_key_html(handout: Handout, course: str = "", language: str | None = None) -> str:
    """The trainer's answer key: each question, its right answer(s) and the feedback."""
    words, text = interface_strings(language), handout_strings(language)
    heading = text["key_heading"].format(title=handout.title)
    parts = [f"<h1>{escape(heading)}</h1>\n", f'<p class="note">{escape(text["key_note"])}</p>\n']
    if not handout.banks:
        parts.append(f"<p>{escape(text['no_quiz'])}</p>\n")
    for bank in handout.banks:
        parts.append(f'<h2>{escape(text["quiz_heading"].format(title=bank.title))}</h2>\n<ol class="key">\n')
        for q in bank.questions:
            objective = (
                f' <span class="objective">({escape(text["objective"].format(n=q.objective))})</span>'
                if q.objective
                else ""
            )
            parts.append(f'<li><p class="prompt">{escape(q.prompt)}{objective}</p>\n')
            for answer, feedback in right_answers(q, words, text):
                parts.append(f'<p class="answer">{escape(text["answer"].format(answer=answer))}</p>\n')
                if feedback:  # a matching item's feedback is optional
                    parts.append(f'<p class="why">{escape(feedback)}</p>\n')
            parts.append("</li>\n")
        parts.append("</ol>\n")
    return _document(heading, course, "".join(parts), language)

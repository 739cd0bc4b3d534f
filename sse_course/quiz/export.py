"""Export every quiz bank for a learning management system: Moodle XML and GIFT.

Both keep the prompt, every option, which options are right, every option's feedback, and for
numbers the answer, tolerance and both feedbacks. Each bank becomes a Moodle question category
named after its title, so a trainer can import one chapter or the whole course.

    python -m sse_course.quiz.export _build/lms      # or: make lms
    python -m sse_course.quiz.export --language fr _build/lms-fr

A language other than English exports its translated banks, with the export's own few words
(``WORDS``, contexts ``lms-export:<key>`` of the sse_course catalogue) in that language too.
"""

from __future__ import annotations

import argparse
import html
import xml.etree.ElementTree as ET
from pathlib import Path

from sse_course.formatting import exact_number, plain_number
from sse_course.i18n.interface import translated
from sse_course.quiz.bank import Bank, Question, QuizBankError, list_banks, load_bank
from sse_course.strict_yaml import BAD_CHARACTERS

COMBINED = "all-quizzes"  # the file with every bank: no bank may have this id
# The export's own words: the course's question category in Moodle, and a numeric prompt's unit.
WORDS = {
    "course": "SSE for home-based workers",
    "unit": "Unit: {unit}.",
}
COURSE = WORDS["course"]


def _words(language: str | None) -> dict[str, str]:
    return translated("lms-export", WORDS, language)


def unit_note(q: Question, language: str | None = None) -> str:
    """Moodle has no place for our unit, so numeric prompts say it: " Unit: rupees." """
    if q.type != "numeric" or not q.unit:
        return ""
    return " " + _words(language)["unit"].format(unit=q.unit.strip("()"))


def category(bank: Bank, language: str | None = None) -> str:
    # "/" separates Moodle categories, so a title must not contain one; a line break would start
    # a new GIFT line (a "$CATEGORY:" of its own), so every run of spaces becomes one space.
    title = " ".join(bank.title.split()).replace("/", "-")
    course = " ".join(_words(language)["course"].split()).replace("/", "-")
    return f"$course$/top/{course}/{title}"


# ---- Moodle XML -------------------------------------------------------------------------------


def _fraction(value: float) -> str:
    """Moodle's fractions are percentages written like "33.33333"."""
    return plain_number(value, places=5)


def _text(parent: ET.Element, tag: str, text: str, html: bool = True, **attrib: str) -> ET.Element:
    bad = BAD_CHARACTERS.search(text)
    if bad:  # XML 1.0 cannot hold them: the file would not import
        raise QuizBankError([f"{text[:40]!r}: holds the control character U+{ord(bad.group()):04X}"])
    element = ET.SubElement(parent, tag, {"format": "html", **attrib} if html else attrib)
    ET.SubElement(element, "text").text = text
    return element


def _para(text: str) -> str:
    """Quiz text is plain; Moodle shows HTML, so escape it inside a paragraph."""
    return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"


def _moodle_question(bank: Bank, q: Question, language: str | None = None) -> ET.Element:
    kind = {
        "single": "multichoice",
        "multiple": "multichoice",
        "true_false": "truefalse",
        "numeric": "numerical",
        "matching": "matching",
    }[q.type]
    element = ET.Element("question", type=kind)
    _text(element, "name", q.id, html=False)
    prompt = q.prompt + unit_note(q, language)
    _text(element, "questiontext", _para(prompt))
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "idnumber").text = f"{bank.id}/{q.id}"
    if q.type in ("single", "multiple"):
        right = sum(o.correct for o in q.options)
        wrong = len(q.options) - right
        ET.SubElement(element, "single").text = "true" if q.type == "single" else "false"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        for option in q.options:
            if option.correct:
                fraction = 100 / right
            else:
                fraction = 0 if q.type == "single" else -100 / wrong
            answer = _text(element, "answer", _para(option.text), fraction=_fraction(fraction))
            _text(answer, "feedback", _para(option.feedback))
    elif q.type == "matching":
        # Moodle has no feedback per item: the items' feedback is the general feedback, one
        # paragraph each. A choice no item has is an extra wrong answer: a subquestion with no text.
        said = "".join(_para(f"{item.text} \u2192 {item.answer}. {item.feedback}".rstrip()) for item in q.items)
        _text(element, "generalfeedback", said)
        ET.SubElement(element, "shuffleanswers").text = "true"
        pairs = [(_para(item.text), item.answer) for item in q.items]
        used = {item.answer for item in q.items}
        pairs += [("", choice) for choice in q.choices if choice not in used]
        for item_text, item_answer in pairs:
            sub = _text(element, "subquestion", item_text)
            _text(sub, "answer", item_answer, html=False)
    elif q.type == "true_false":
        for value, feedback in ((True, q.feedback_true), (False, q.feedback_false)):
            answer = _text(
                element,
                "answer",
                "true" if value else "false",
                html=False,
                fraction="100" if value == q.answer else "0",
            )
            _text(answer, "feedback", _para(feedback))
    else:
        answer = _text(element, "answer", exact_number(q.answer), html=False, fraction="100")
        ET.SubElement(answer, "tolerance").text = exact_number(q.tolerance)
        _text(answer, "feedback", _para(q.feedback_correct))
        other = _text(element, "answer", "*", html=False, fraction="0")  # any other number
        _text(other, "feedback", _para(q.feedback_incorrect))
    return element


def moodle_xml(banks: list[Bank], language: str | None = None) -> str:
    quiz = ET.Element("quiz")
    for bank in banks:
        element_category = ET.SubElement(quiz, "question", type="category")
        _text(element_category, "category", category(bank, language), html=False)
        quiz.extend([_moodle_question(bank, q, language) for q in bank.questions])
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


# ---- GIFT -------------------------------------------------------------------------------------


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters ~ = # { } : and the backslash."""
    for char in "\\~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", " ")


def gift_text(text: str) -> str:
    """Quiz text for GIFT: marked as HTML and escaped as HTML, so "<b>" shows as typed and a
    prompt that starts with "[html]" or "[markdown]" cannot switch the format."""
    return "[html]" + gift_escape(html.escape(text, quote=False))


def _gift_question(bank: Bank, q: Question, language: str | None = None) -> str:
    head = f"::{gift_escape(q.id)}::{gift_text(q.prompt)}"
    if q.type in ("single", "multiple"):
        right = sum(o.correct for o in q.options)
        wrong = len(q.options) - right
        lines = []
        for o in q.options:
            if q.type == "single":
                mark = "=" if o.correct else "~"
            else:
                mark = f"~%{_fraction(100 / right if o.correct else -100 / wrong)}%"
            lines.append(f"\t{mark}{gift_text(o.text)}#{gift_text(o.feedback)}")
        return head + " {\n" + "\n".join(lines) + "\n}"
    if q.type == "matching":
        # GIFT: {=item -> answer ...}; "= -> answer" is an extra wrong answer; "####" the general
        # feedback. The answers are plain text in Moodle, so they are escaped for GIFT only.
        used = {item.answer for item in q.items}
        lines = [f"\t={gift_text(item.text)} -> {gift_escape(item.answer)}" for item in q.items]
        lines += [f"\t= -> {gift_escape(choice)}" for choice in q.choices if choice not in used]
        said = " ".join(f"{item.text} \u2192 {item.answer}. {item.feedback}".rstrip() for item in q.items)
        return head + " {\n" + "\n".join(lines) + f"\n\t####{gift_text(said)}\n}}"
    if q.type == "true_false":
        # GIFT: {TRUE#shown when the learner is wrong#shown when the learner is right}
        if_wrong, if_right = (q.feedback_false, q.feedback_true) if q.answer else (q.feedback_true, q.feedback_false)
        return f"{head} {{{'TRUE' if q.answer else 'FALSE'}#{gift_text(if_wrong)}#{gift_text(if_right)}}}"
    unit = gift_escape(html.escape(unit_note(q, language), quote=False))
    # A numeric answer has one feedback; the hint for a wrong answer goes in the general feedback.
    return (
        f"{head}{unit} {{#={exact_number(q.answer)}:{exact_number(q.tolerance)}#{gift_text(q.feedback_correct)}"
        f"####{gift_text(q.feedback_incorrect)}}}"
    )


def gift(banks: list[Bank], language: str | None = None) -> str:
    parts = []
    for bank in banks:
        parts.append(f"$CATEGORY: {category(bank, language)}")
        parts += [f"// {bank.id}/{q.id}\n{_gift_question(bank, q, language)}" for q in bank.questions]
    return "\n\n".join(parts) + "\n"


def export(directory: Path, banks: list[Bank] | None = None, language: str | None = None) -> list[Path]:
    """Write all-quizzes.xml/.gift and one file of each kind per bank, in ``language`` (default:
    the language the course speaks now); return the paths."""
    banks = banks if banks is not None else [load_bank(name, language) for name in list_banks()]
    if any(bank.id == COMBINED for bank in banks):
        raise QuizBankError([f"{COMBINED}.yml: '{COMBINED}' is the name of the file with every bank: rename this bank"])
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, group in [(COMBINED, banks)] + [(b.id, [b]) for b in banks]:
        for suffix, render in ((".xml", moodle_xml), (".gift", gift)):
            path = directory / f"{name}{suffix}"
            path.write_text(render(group, language), encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sse_course.quiz.export", description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=Path("_build/lms"))
    parser.add_argument("--language", default=None, help="a language code such as fr (default: English)")
    options = parser.parse_args(argv)
    target = options.directory
    try:
        paths = export(target, language=options.language or "en")
    except ValueError as problem:  # an unknown language, a broken bank or translation: said plainly
        parser.error(str(problem))
    print(
        f"Wrote {len(paths)} files to {target}/: import all-quizzes.xml (Moodle XML) or all-quizzes.gift into "
        "a Moodle question bank (Question bank > Import)."
    )


if __name__ == "__main__":
    main()

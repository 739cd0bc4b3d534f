"""The course standard for a learner page (chapter or case-study notebook), as lists of problems.

The content tests assert that each list is empty; authors run the same checks on their page
while writing it and get the readability grade that the closing note reports:

    python -m sse_course.devtools.standard book/forms.md notebooks/atemdo.ipynb
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import textstat

from sse_course.book.chapters import Chapter, read_chapter
from sse_course.book.glossary import entries as glossary_entries
from sse_course.book.glossary import unlinkable_blanked
from sse_course.book.toc import ROOT
from sse_course.quiz.bank import load_bank

MAX_OBJECTIVES = 3  # few enough for a learner to keep in mind, each one checked by the quiz
MIN_QUIZ_QUESTIONS = 6
MIN_QUESTION_TYPES = 3


# Words that many readers with basic English do not know. A page explains each one at its first
# use, or uses the plainer words instead. The value is what to say instead (or how to explain it).
HARD_WORDS: dict[str, str] = {
    "illustrative": "made up for the example",
    "consolidation": "making the links between groups stronger",
    "diversified": "from several sources (several kinds of work)",
    "standing": "weight (how much a text or a person counts)",
    "surplus": "money left over after costs",
    "solidarity": "people supporting each other",
    "governance": "how a group makes decisions and checks that its rules are kept",
    "autonomy": "the freedom to decide for yourselves",
    "capital": "money or property put into a business",
    "entity": "an organisation or a business",
    "livelihood": "the way people earn a living",
    "feasibility": "whether a plan can work",
    "marginalised": "pushed to the edge and not seen",
    "tripartite": "with governments, employers and workers",
    "resilience": "the strength to recover from hard times",
    "intermediary": "a go-between",
    "interdependence": "depending on each other",
    "participatory": "where members take part in decisions",
    "transparency": "being open with members about money and decisions",
    "accountability": "answering to members for what you do",
    "overhead": "costs that come every month, however much is made",
}
# Other forms of a hard word, where adding -s or -es is not enough.
_HARD_FORMS: dict[str, tuple[str, ...]] = {
    "consolidation": ("consolidate", "consolidated", "consolidating"),
    "diversified": ("diversify", "diversifies", "diversifying", "diversification"),
    "autonomy": ("autonomous",),
    "entity": ("entities",),
    "intermediary": ("intermediaries",),
    "resilience": ("resilient",),
}
# Uses of a hard word's letters that are plain English ("standing on your own feet").
_NOT_HARD: dict[str, str] = {"standing": r"\s+(?:on|up|together|by)\b"}
_TERM_TEXT = re.compile(r"\{term\}`(?P<text>[^`<]*?)\s*(?:<[^>]*>)?`")
# A Markdown link to the glossary (notebooks, where a {term} role would show as raw text).
_GLOSSARY_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\([^)]*glossary[^)]*\)")
_SENTENCE_END = re.compile(r"[.!?](?=[\s*_)\"'”]|$)|\n\s*\n")
# Right after the word: "surplus (money left over)", "governance means ...", "scale, that is,
# ...", "working capital: money to ...".
_EXPLAINED_AFTER = re.compile(r"[\s*_\"'”]*\(|[*_\"'”]*(?:\s+means\b|,\s+that is\b|:\s)", re.I)

# The word in brackets, as the name of what was just said in plain words: "a middle person
# (an intermediary)".
_GLOSS_BEFORE = re.compile(r"\((?:an?\s+|the\s+)?[*_\"']*$", re.I)


def _hard_word_pattern(word: str) -> re.Pattern:
    forms = sorted((word, *_HARD_FORMS.get(word, ())), key=len, reverse=True)
    plain_english = f"(?!{_NOT_HARD[word]})" if word in _NOT_HARD else ""
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(f) + "(?:s|es)?" for f in forms) + r")(?![\w-])" + plain_english, re.I
    )


def _explained_here(masked: str, start: int, end: int, word: str) -> bool:
    """A definition follows the word in its own sentence, or the next sentence starts with
    "<word> means" ("... network consolidation. Consolidation means ...")."""
    if _EXPLAINED_AFTER.match(masked, end) or _GLOSS_BEFORE.search(masked, max(0, start - 12), start):
        return True
    stop = _SENTENCE_END.search(masked, end)
    if not stop:
        return False
    following = masked[stop.end() :].lstrip(" \n*_\"'")
    found = _hard_word_pattern(word).match(following)
    return bool(found and re.match(r"[*_]*\s+(?:means|is|are)\b", following[found.end() :]))


def vocabulary_problems(chapter: Chapter) -> list[str]:
    """Every hard word is explained at its first use: a glossary link at or before it, or a
    definition right after it, or else replaced by plainer words."""
    source, problems, terms = chapter.source, [], glossary_entries()
    for word, plainer in HARD_WORDS.items():
        pattern = _hard_word_pattern(word)
        # "social and solidarity economy" and "working capital" are glossary terms of their own.
        masked = unlinkable_blanked(source)
        for entry in terms:
            if any(pattern.search(name) and not pattern.fullmatch(name) for name in entry.names):
                masked = entry.pattern().sub(lambda m: " " * len(m.group(0)), masked)
        plain = pattern.search(masked)
        if not plain:
            continue
        links = [
            m.start() for rx in (_TERM_TEXT, _GLOSSARY_LINK) for m in rx.finditer(source) if pattern.search(m["text"])
        ]
        if (links and min(links) <= plain.start()) or _explained_here(masked, plain.start(), plain.end(), word):
            continue
        line = source.count("\n", 0, plain.start()) + 1
        problems.append(
            f"{chapter.path.name}: line {line}: '{plain.group(0)}' is not explained at its first use: "
            f"link it to the glossary, explain it in the same sentence, or say '{plainer}'"
        )
    return problems


def bib_keys(root: Path = ROOT) -> set[str]:
    return set(re.findall(r"^@\w+\{([^,]+),", (root / "references.bib").read_text(encoding="utf-8"), re.M))


def structure_problems(chapter: Chapter) -> list[str]:
    """1-3 objectives, key takeaways, 2-4 discussion questions."""
    name, problems = chapter.path.name, []
    objectives = chapter.items("Learning objectives")
    if not 1 <= len(objectives) <= MAX_OBJECTIVES:
        problems.append(f"{name}: {len(objectives)} learning objectives (want 1-{MAX_OBJECTIVES})")
    if not chapter.items("Key takeaways"):
        problems.append(f"{name}: no key takeaways")
    questions = chapter.items("Discussion questions")
    if not 2 <= len(questions) <= 4:
        problems.append(f"{name}: {len(questions)} discussion questions (want 2-4)")
    return problems


def quiz_problems(chapter: Chapter) -> list[str]:
    """A quiz of 6 or more questions, of 3 or more types, that checks every objective."""
    name = chapter.path.name
    banks = chapter.quizzes()
    if not banks:
        return [f"{name}: no quiz"]
    questions = [q for bank in banks for q in load_bank(bank).questions]
    problems = []
    if len(questions) < MIN_QUIZ_QUESTIONS:
        problems.append(f"{name}: {len(questions)} quiz questions (want {MIN_QUIZ_QUESTIONS} or more)")
    covered = {q.objective for q in questions}
    missing = [n for n in range(1, len(chapter.items("Learning objectives")) + 1) if n not in covered]
    if missing:
        problems.append(f"{name}: no quiz question checks objective(s) {missing}")
    if len({q.type for q in questions}) < MIN_QUESTION_TYPES:
        problems.append(f"{name}: quiz mixes fewer than {MIN_QUESTION_TYPES} question types")
    return problems


# Quiz feedback points to where the idea is explained: See "<section title>" (several titles may
# follow, joined by "and"); the titles are headings or admonition titles of the page.
_SEE = re.compile(r'\bSee\b[^"]{0,40}"([^"]+)"((?:[^".]{0,12}"[^"]+")*)')


def _feedback(question) -> list[str]:
    return (
        [o.feedback for o in question.options or []]
        + [item.feedback for item in question.items]
        + [
            question.feedback_true,
            question.feedback_false,
            question.feedback_correct,
            question.feedback_incorrect,
        ]
    )


def section_pointer_problems(chapter: Chapter) -> list[str]:
    """Every 'See "<title>"' in the page's quiz feedback names a section or a box of the page."""
    titles = {t.strip() for t in re.findall(r"^#+\s+(.+)$", chapter.source, re.M)}
    titles |= {t.strip() for t in re.findall(r"^(?:`{3,}|:{3,})\{admonition\}\s*(.+)$", chapter.source, re.M)}
    problems = []
    for bank in chapter.quizzes():
        for question in load_bank(bank).questions:
            for text in _feedback(question):
                for see in _SEE.finditer(text):
                    for title in [see.group(1), *re.findall(r'"([^"]+)"', see.group(2))]:
                        if title not in titles and title.rstrip(".") not in titles:
                            problems.append(
                                f"{chapter.path.name}: quiz {bank}, question '{question.id}': "
                                f'feedback points to "{title}", which is not a section of the page'
                            )
    return sorted(set(problems))


def citation_problems(chapter: Chapter, known: set[str]) -> list[str]:
    keys = chapter.citation_keys()
    if not keys:
        return [f"{chapter.path.name}: cites nothing"]
    unknown = sorted(keys - known)
    return [f"{chapter.path.name}: unknown citation keys {unknown}"] if unknown else []


def grade(chapter: Chapter) -> float:
    """Flesch-Kincaid grade of the page's running text (the course keeps the median at 8 or below)."""
    return textstat.flesch_kincaid_grade(chapter.prose())


def main(paths: list[str]) -> int:
    known, failed = bib_keys(), False
    for path in paths:
        chapter = read_chapter(Path(path).resolve())
        problems = (
            structure_problems(chapter)
            + quiz_problems(chapter)
            + citation_problems(chapter, known)
            + vocabulary_problems(chapter)
            + section_pointer_problems(chapter)
        )
        failed |= bool(problems)
        print(
            f"{path}: grade {grade(chapter):.1f}",
            *([f"  - {p}" for p in problems] or ["  meets the standard"]),
            sep="\n",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

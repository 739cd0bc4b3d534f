"""The look-alike mistakes that the review found (facts register, "Cautions found in review") do
not come back: not in the course's sources (chapters, glossary, trainers' pages, figures, quiz
banks, case data, notebooks and exercises with their saved outputs, the Python that writes
feedback) and not in the built book that learners read.

Each entry is a pattern for the wrong sentence, with the reason it is wrong. A pattern looks at one
sentence at a time (text made plain: no MyST roles, no emphasis, one space between words), so a
correct sentence that only shares a few words does not trip it. ``unless`` lists the words that
make a matching sentence the correct statement (for example "truly independent" next to
"own-account workers ... are not covered").
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
import yaml

from sse_course.book.myst import plain_roles

from .conftest import ROOT


@dataclass(frozen=True)
class Mistake:
    name: str
    pattern: str
    reason: str
    unless: str | None = None

    def found_in(self, text: str) -> list[str]:
        """The sentences of ``text`` (plain) that make this mistake."""
        hits = []
        for match in re.finditer(self.pattern, text, re.I):
            sentence = sentence_around(text, match.start(), match.end())
            if not (self.unless and re.search(self.unless, sentence, re.I)):
                hits.append(sentence)
        return hits


MISTAKES = (
    Mistake(
        "Dura Sundari like a worker or consumer cooperative",
        r"\blike an? (?:worker|consumer)s?'? co-?operative",
        "Dura Sundari is a producers' supply cooperative: home-based garment producers own it to "
        "get their inputs. Its members do not work in it (a worker cooperative) and it does not "
        "serve end consumers (a consumer cooperative). Facts register, cautions; seed 001.",
    ),
    Mistake(
        "Dura Sundari filed under consumer cooperatives",
        r"consumer co-?operatives?\W+(?:\w+\W+){0,3}Dura Sundari",
        "The forms map once put Dura Sundari under 'consumer cooperatives': it is a producers' "
        "supply cooperative. Facts register, cautions.",
    ),
    Mistake(
        "C177 leaves out own-account workers as a whole",
        r"own-account(?: workers?)?\b[^.;]{0,60}\b(?:are|is|were)\s+(?:not included|not covered|excluded|left out)"
        r"|\b(?:not covered|not included|excludes?|leaves? out)\b[^.;]{0,20}\bown-account workers",
        "Convention No. 177, Art. 1, leaves out only a person with the autonomy and economic "
        "independence to count as an independent worker under national law; many workers counted "
        "as own-account are homeworkers. Facts register (home-based workers vs homeworkers).",
        unless=r"independent|autonomy",
    ),
    Mistake(
        "Social enterprises in the SSE only if democratic, as today's rule",
        r"\bbelongs? to the SSE only if\b",
        "That is what the 2021 slides said. The 2022 ILO definition names social enterprises among "
        "SSE entities, with 'democratic and/or participatory governance'. Say which text says "
        "what. Facts register, cautions; seed 002; ilo2022conclusions.",
        unless=r"slides|2021",
    ),
    Mistake(
        "The slides' silence on East Africa turned into a correction",
        r"\bdo not apply (?:it|this|that) to Ethiopia|\bmutual (?:benefit )?societies are common in Ethiopia",
        "The slides say nothing about East Africa; mutual-aid groups such as iddir and equb are "
        "widespread in Ethiopia. Ask, do not correct. Facts register, cautions.",
        unless=r"\bwhether\b|\bif\b|\?",
    ),
    Mistake(
        "PATAMABA-WISE's kitchen and gardens called social protection",
        r"\b(?:kitchen|gardens?|gardening)\b[^.;]{0,60}\b(?:is|are|was|were|as|gave|gives|give|provided?|provides"
        r"|offered|offers|counts? as|meets?|met)\b[^.;]{0,40}\bsocial protection"
        r"|\bsocial protection\b[^.;]{0,40}\b(?:such as|like|through|from|by)\b[^.;]{0,40}\b(?:kitchen|gardens?)\b"
        r"|\bsocial protection\b[^.;]{0,40}\(PATAMABA-WISE\)"
        r"|challenge: social-protection how: >- [^:]{0,120}\b(?:kitchen|gardens?)\b",
        "A community kitchen and gardens are food security and livelihood support, not social "
        "protection in the ILO sense. Facts register (PATAMABA-WISE); seed 001.",
        unless=r"\b(?:not|never|no)\b(?:\W+\w+){0,4}\W+social protection|food security",
    ),
    Mistake(
        "SEWA's undated 'about 2 million' members",
        r"(?<![\d.,])(?:2|two) million (?:members|women|workers)\b|\bSEWA\b[^.;]{0,120}(?<![\d.,])(?:2|two) million\b",
        "Use SEWA's own dated figure: 1,734,195 members in 18 states in 2019. The 'about 2 "
        "million' is undated. Facts register (SEWA); sewa-membership.",
    ),
    Mistake(
        "169 million home-based workers in Asia and the Pacific",
        r"(?<![\d.,])169 million",
        "The ILO's own words are 'close to 65 per cent ... (more than 166 million)'; do not "
        "compute 169 million from 65%. Facts register (ILO estimate for 2019); seed 003.",
    ),
    Mistake(
        "The Governing Body 'approved' the 2023-2029 plan",
        r"Governing Body\b[^.;]{0,40}\bapprov\w*[^.;]{0,60}\b(?:plan|strateg\w*)"
        r"|\b(?:plan|strateg\w*)\b[^.;]{0,80}\bapproved by the (?:ILO'?s? )?Governing Body",
        "The Governing Body endorsed the Strategy and Action Plan (November 2022). Facts "
        "register, cautions; ilo2022strategy.",
    ),
    Mistake(
        "The deck 'starts with' why an umbrella framework",
        r"\b(?:start|begin|open)s? (?:with|by asking)\b[^.;]{0,60}\bumbrella framework",
        "The deck starts with 'What is the SSE?'; the umbrella slide comes after the forms and the tensions. Seed 002.",
    ),
    Mistake(
        "ATEMDO called a membership organisation",
        r"\bform: membership organi[sz]ation|ATEMDO\b[^.;]{0,60}\bis an? membership organi[sz]ation",
        "No source names ATEMDO's legal form or calls it a membership organisation. Facts register (ATEMDO); seed 001.",
    ),
    Mistake(
        "Gujarat's ₹452 given as the whole minimum wage",
        r"minimum wage\b[^.;]{0,60}(?:₹|Rs\.? ?)452\b",
        "₹452 a day (Zone I, unskilled, from April 2023) is the minimum *basic* wage; a special "
        "allowance is added to it. Say 'minimum basic wage'. gujarat2023minimumwages.",
    ),
    Mistake(
        "Social protection defined as only what the State gives",
        r"social protection\b[^.;]{0,100}\b(?:that the state gives|given by the state|public guarantees)",
        "SSE groups also give their members some social protection (seed 003, ilo2021hnilaunch; "
        "the ILC chapter's pathway table). R202 gives the State the main responsibility for a "
        "floor, not the only role. Review of issue 10.",
    ),
    Mistake(
        "Seed 004's 'six member countries' without the five networks it names",
        # The editions quote the English words and say "five" in their own language.
        r"\bsix member countries\b(?![^§]{0,400}\b(?:five|cinco|cinq)\b)",
        "Seed 004 says 'six member countries' but names five national networks: say so where "
        "you cite it. Facts register, cautions.",
    ),
)

# A sentence ends at ".", "?" or "!" before a space, or at a paragraph break ("§"); "No. 177" and
# "e.g." do not end one.
_END = re.compile(r"[.?!](?= )|§")
_NOT_AN_END = re.compile(r"(?:\bNo|\bArt|\be\.g|\bi\.e|\bp|\bpara|\bvs|\bcf|\bMr|\bMs|\bDr)$", re.I)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``."""
    ends = [m.end() for m in _END.finditer(text) if not _NOT_AN_END.search(text[: m.start()])]
    left = max((e for e in ends if e <= start), default=0)
    right = min((e for e in ends if e >= end), default=len(text))
    return text[left:right].strip(" §")


def plain(text: str) -> str:
    """Text with MyST roles made words, emphasis marks and table bullets gone, and all white space
    one space. A blank line (a paragraph or a list item) becomes "§", so that a sentence never
    runs from one paragraph into the next."""
    text = plain_roles(text)
    text = re.sub(r"\n\s*\n|\n\s*(?:[*-]|\d+\.) ", " § ", text)
    text = re.sub(r"(?<!\w)[*_]{1,2}|[*_]{1,2}(?!\w)", "", text)
    return re.sub(r"\s+", " ", text)


def notebook_text(path: Path) -> str:
    """Every cell's source and every saved output that a reader sees."""
    notebook = nbformat.read(path, as_version=4)
    parts = []
    for cell in notebook.cells:
        parts.append(cell.source)
        for output in cell.get("outputs", []):
            parts.append("".join(output.get("text", "")))
            data = output.get("data", {})
            for kind in ("text/plain", "text/markdown"):
                parts.append("".join(data.get(kind, "")))
            if "text/html" in data:
                parts.append(html_text("".join(data["text/html"])))
    return "\n\n".join(parts)


def quiz_bank_text(path: Path) -> str:
    """What a quiz bank says as true: its prompts, right options and all feedback. A wrong option
    and the statement of a true/false question whose answer is "false" are wrong on purpose (the
    learner must reject them), so they are left out; their feedback, which explains, is kept."""
    bank = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    parts = [str(bank.get("title", ""))]
    for question in bank.get("questions", []):
        for key, value in question.items():
            if key == "prompt" and question.get("type") == "true_false" and question.get("answer") is False:
                continue
            if isinstance(value, str) and key not in ("id", "type"):
                parts.append(value)
        for option in question.get("options", []):
            parts += [option["text"]] if option.get("correct") else []
            parts += [option.get("feedback", "")]
        for item in question.get("items", []):  # matching: each item with its right answer is a claim
            parts += [f"{item['text']} {item['answer']}.", item.get("feedback", "")]
    return "\n\n".join(parts)


def html_text(page: str) -> str:
    """The words of an HTML page. A quiz's questions (each in a <fieldset>) are left out: their
    wrong options are wrong on purpose, and the banks are read from their sources instead."""
    page = re.sub(r"(?is)<(script|style|fieldset)\b.*?</\1>", " ", page)
    page = re.sub(r"(?i)</?(?:p|div|li|td|th|tr|h\d|br|dd|dt|figcaption|section|table)\b[^>]*>", "\n\n", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return html.unescape(page)


def source_files(root: Path) -> list[Path]:
    """The course's own text: not the seeds (the sources themselves), not tests, not built files."""
    found = [root / "README.md"]
    found += sorted((root / "book").rglob("*.md")) + sorted((root / "book").rglob("*.svg"))
    found += sorted((root / "sse_course").rglob("*.yml")) + sorted((root / "sse_course").rglob("*.md"))
    found += sorted(p for p in (root / "sse_course").rglob("*.py") if "devtools" not in p.parts)
    found += sorted((root / "notebooks").rglob("*.ipynb")) + sorted((root / "exercises").rglob("*.ipynb"))
    found += sorted((root / "exercises").rglob("*.md"))
    return [p for p in found if p.is_file() and ".ipynb_checkpoints" not in p.parts]


def read_plain(path: Path) -> str:
    if path.suffix == ".ipynb":
        return plain(notebook_text(path))
    if path.suffix == ".yml" and path.parent.name == "quizzes":
        return plain(quiz_bank_text(path))
    if path.suffix in (".html", ".svg"):
        text = path.read_text(encoding="utf-8")
        return plain(html_text(text) if path.suffix == ".html" else re.sub(r"<[^>]+>", "\n\n", text))
    return plain(path.read_text(encoding="utf-8"))


def mistakes_in(paths: list[Path], root: Path) -> list[str]:
    """One line per mistake found: where, which, the sentence, and why it is wrong."""
    report = []
    for path in paths:
        text = read_plain(path)
        for mistake in MISTAKES:
            for sentence in mistake.found_in(text):
                report.append(
                    f"{path.relative_to(root)}: {mistake.name}: «{sentence[:240]}»\n    why: {mistake.reason}"
                )
    return report


# ---- the course ------------------------------------------------------------------------------


def test_the_sources_are_read():
    names = {p.relative_to(ROOT).as_posix() for p in source_files(ROOT)}
    for expected in (
        "book/glossary.md",
        "book/trainers/facilitator-notes.md",
        "book/figures/sse-forms-map.svg",
        "sse_course/data/cases.yml",
        "notebooks/sewa-dura-sundari.ipynb",
    ):
        assert expected in names
    assert any(n.startswith("sse_course/quizzes/") for n in names)
    assert any(n.startswith("exercises/") and n.endswith(".ipynb") for n in names)


@functools.lru_cache(maxsize=1)
def mistakes_in_the_sources() -> tuple[str, ...]:
    return tuple(mistakes_in(source_files(ROOT), ROOT))


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_no_source_makes_the_mistake(mistake):
    found = [line for line in mistakes_in_the_sources() if f": {mistake.name}: " in line]
    assert not found, "\n".join(found)


@pytest.mark.build
def test_the_built_book_makes_none_of_the_mistakes(built_book):
    pages = [p for p in built_book.rglob("*.html") if not {"_static", "_sources", "_images"} & set(p.parts)]
    assert len(pages) > 20
    found = mistakes_in(pages, built_book)
    assert not found, "\n".join(found)


# ICA principles 1 and 3, where a page spells them out: whole or not at all (facts register,
# cautions; ica1995identity).
ICA_WHOLE = {
    "voluntary and open membership": (r"democratic member control", (r"discriminat",)),
    "member economic participation": (
        r"autonomy and independence",
        (r"limited", r"proportion|in line with|according to"),
    ),
}


def ica_principles_cut_short(text: str) -> list[str]:
    problems = []
    for name, (next_one, needed) in ICA_WHOLE.items():
        for match in re.finditer(rf"\b{name}\s*[:—–]\s*", text, re.I):
            stop = re.search(next_one, text[match.end() :], re.I)
            body = text[match.end() : match.end() + (stop.start() if stop else 600)][:900]
            if len(body) > 30 and not all(re.search(word, body, re.I) for word in needed):
                problems.append(f"{name}: «{body[:200]}»")
    return problems


def test_ica_principles_1_and_3_are_given_whole():
    found = [
        f"{p.relative_to(ROOT)}: {problem}"
        for p in source_files(ROOT)
        for problem in ica_principles_cut_short(read_plain(p))
    ]
    assert not found, "\n".join(found)


# ---- the checker itself ------------------------------------------------------------------------


def mistake(name_start: str) -> Mistake:
    return next(m for m in MISTAKES if m.name.startswith(name_start))


@pytest.mark.parametrize(
    "name, wrong, right",
    [
        (
            "Dura Sundari like",
            "So the workers own it, like a worker cooperative.",
            "Dura Sundari is a producers' supply cooperative. Its members do not work in it.",
        ),
        (
            "C177",
            "Own-account workers are not included.",
            "The convention leaves out only workers who are truly independent. Own-account workers who "
            "are truly independent are not covered.",
        ),
        (
            "C177",
            "Notes that own-account workers are not covered.",
            "Many own-account workers in surveys are homeworkers under the convention.",
        ),
        (
            "Social enterprises",
            "It belongs to the SSE only if it is owned and controlled democratically.",
            "The 2021 slides said a social enterprise belongs to the SSE only if it is democratic.",
        ),
        (
            "The slides' silence",
            "Their point is about West Africa, so do not apply it to Ethiopia.",
            "The slides do not tell us whether mutual societies are common in Ethiopia.",
        ),
        (
            "PATAMABA",
            "Its community kitchen and urban gardens gave members social protection.",
            "The kitchen and gardens are food security and livelihood support, not social protection.",
        ),
        (
            "PATAMABA",
            "raw materials, marketing, social protection and local policy (PATAMABA-WISE).",
            "A local government can give space for a kitchen, land for gardens, seeds, and social protection.",
        ),
        (
            "PATAMABA",
            "Its kitchen and gardens are social protection.",
            "PATAMABA-WISE's kitchen and gardens do not count as social protection.",
        ),
        ("SEWA", "It had about 2 million members in 2022.", "SEWA had 1,734,195 members in 18 states in 2019."),
        (
            "SEWA",
            "SEWA, with about two million women, is a union.",
            "The fund lent 2 million rupees; 1.2 million members.",
        ),
        ("169", "0.65 × 260 = 169: about 169 million.", "More than 166 million, close to 65 per cent."),
        (
            "The Governing Body",
            "In November 2022 the Governing Body approved a plan for seven years.",
            "The Governing Body endorsed the plan. The statistics guidelines were approved by the Governing Body in 2019.",
        ),
        (
            "The deck",
            "The ILO slides of 2021 start with a question: why do SSE organisations need an umbrella framework?",
            "One slide asks: why do SSE organisations need an umbrella framework?",
        ),
        ("ATEMDO", "form: Membership organisation", "form: Cooperative"),
        (
            "Gujarat's ₹452",
            "In Gujarat, the minimum wage for unskilled work in a city was ₹452 a day from April 2023.",
            "In Gujarat, the minimum basic wage for unskilled work in a city was ₹452 a day from April 2023.",
        ),
        (
            "Social protection defined",
            "They are not social protection in the ILO's sense: that means public guarantees, such as health care.",
            "They are not social protection: that means help when people are sick, old or lose their income.",
        ),
        (
            "Seed 004",
            "Leaders from six member countries took part.",
            "The news says six member countries took part, but it names five national networks.",
        ),
    ],
)
def test_each_pattern_catches_the_mistake_and_spares_the_correct_sentence(name, wrong, right):
    assert mistake(name).found_in(plain(wrong)), wrong
    assert not mistake(name).found_in(plain(right)), right


def test_a_sentence_does_not_run_over_a_paragraph_or_stop_at_an_abbreviation():
    assert mistake("C177").found_in(plain("Under Convention No. 177, own-account workers are not covered.")) == [
        "Under Convention No. 177, own-account workers are not covered."
    ]
    assert mistake("C177").found_in(plain("Truly independent workers\n\nOwn-account workers are not covered.")) == [
        "Own-account workers are not covered."
    ]


def test_a_quiz_banks_wrong_options_and_false_statements_are_not_read_as_claims(tmp_path):
    bank = tmp_path / "quizzes" / "demo.yml"
    bank.parent.mkdir()
    bank.write_text(
        yaml.safe_dump(
            {
                "title": "Demo",
                "questions": [
                    {
                        "id": "a",
                        "type": "true_false",
                        "prompt": "Its kitchen and gardens are social protection.",
                        "answer": False,
                        "feedback_true": "No. They are food security.",
                        "feedback_false": "Right.",
                    },
                    {
                        "id": "b",
                        "type": "true_false",
                        "prompt": "SEWA had about 2 million members in 2022.",
                        "answer": True,
                        "feedback_true": "x",
                        "feedback_false": "y",
                    },
                    {
                        "id": "c",
                        "type": "single",
                        "prompt": "Which kind is Dura Sundari?",
                        "options": [
                            {
                                "text": "It is like a worker cooperative",
                                "correct": False,
                                "feedback": "No: its members do not work in it.",
                            },
                            {"text": "Like a consumer cooperative", "correct": True, "feedback": "Yes."},
                        ],
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    found = mistakes_in([bank], tmp_path)
    assert [line.split(": ")[1] for line in found] == [
        "Dura Sundari like a worker or consumer cooperative",
        "SEWA's undated 'about 2 million' members",
    ]
    assert "«Like a consumer cooperative" in found[0]


def test_ica_checker_wants_the_whole_principle():
    cut = plain(
        "1. **Voluntary and open membership:** anyone who can use the cooperative can join.\n"
        "2. **Democratic member control:** members decide.\n"
        "3. **Member economic participation:** the members put in the money.\n"
        "4. **Autonomy and independence:** members run it.\n"
    )
    assert len(ica_principles_cut_short(cut)) == 2
    whole = plain(
        "1. **Voluntary and open membership:** open to all who can use it, without gender, social, "
        "racial, political or religious discrimination.\n2. **Democratic member control:** x.\n"
        "3. **Member economic participation:** members give capital fairly; limited return on it; "
        "surpluses go back in proportion to their business.\n4. **Autonomy and independence:** y.\n"
    )
    assert ica_principles_cut_short(whole) == []

"""The case-comparison data (sse_course/data/cases.yml): what it says, that every claim is cited
with a key of references.bib, and that a broken file gives a message naming the case and field."""

from __future__ import annotations

import copy
import importlib
import re

import nbformat
import pytest
import yaml

from sse_course import cases as cases_module
from sse_course.book.chapters import read_chapter
from sse_course.case_names import CASE_NAMES, names_of
from sse_course.cases import (
    CHALLENGE_IDS,
    CHALLENGES,
    DATA_FILE,
    CasesDataError,
    case,
    cases,
    cases_meeting,
    challenge,
    citation_keys,
    load_cases,
    validate,
)
from sse_course.devtools.standard import bib_keys

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "comparing-the-cases.ipynb"
RAW = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))


def write(tmp_path, data) -> str:
    path = tmp_path / "cases.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return str(path)


def problems_of(tmp_path, data) -> str:
    with pytest.raises(CasesDataError) as caught:
        load_cases(write(tmp_path, data))
    return str(caught.value)


# ---- the data ---------------------------------------------------------------------------------


def test_the_four_cases_in_book_order():
    assert [c.id for c in cases()] == ["patamaba-wise", "sewa-dura-sundari", "atemdo", "wise-ethiopia"]
    assert [c.notebook for c in cases()] == ["patamaba-wise", "sewa-dura-sundari", "atemdo", "wise-ethiopia"]
    assert [c.country for c in cases()] == ["Philippines", "India", "Brazil", "Ethiopia"]


def test_look_alike_names_are_kept_apart():
    # PATAMABA-WISE (Philippines) is not WISE (Ethiopia); the Ethiopian case is the enterprise WISE helped create.
    assert case("patamaba-wise").country == "Philippines"
    ethiopia = case("wise-ethiopia")
    assert ethiopia.name == "Aster, Tadelech and Friends Enterprise" and ethiopia.country == "Ethiopia"
    assert "WIEGO" not in DATA_FILE.read_text(encoding="utf-8")
    # The sources expand ATEMDO differently: the course does not spell it out.
    assert "Associa" not in DATA_FILE.read_text(encoding="utf-8")


def test_no_figures_about_the_organisations():
    # The sources give no membership, price or sales figures for the four cases.
    for item in cases():
        for text in (item.form, item.mechanism, item.members, *(e.how for e in item.challenges)):
            assert not re.search(r"\d", text.replace("COVID-19", "")), f"{item.id}: a number in {text!r}"


def test_the_webinars_challenge_list():
    assert CHALLENGE_IDS == (
        "organising",
        "profitability",
        "governance",
        "working-capital",
        "business-plan",
        "market-intelligence",
        "raw-materials",
        "marketing",
        "social-protection",
        "digital-literacy",
        "policy",
    )
    assert all(c.name and c.lesson.endswith(".") for c in CHALLENGES)
    assert challenge("working-capital").name == "Working capital"


def test_which_cases_meet_which_challenges():
    def ids(challenge_id):
        return [c.id for c in cases_meeting(challenge_id)]

    assert ids("organising") == ["patamaba-wise", "sewa-dura-sundari", "atemdo", "wise-ethiopia"]
    assert ids("raw-materials") == ["sewa-dura-sundari", "atemdo"]
    assert ids("marketing") == ["atemdo", "wise-ethiopia"]
    assert ids("governance") == ["sewa-dura-sundari"]
    assert ids("working-capital") == ["atemdo"]
    assert ids("policy") == ["patamaba-wise"]
    # PATAMABA-WISE's kitchen and gardens are food security and livelihood support, not social
    # protection (facts register), so no case claims social protection.
    for silent in ("profitability", "business-plan", "market-intelligence", "social-protection", "digital-literacy"):
        assert ids(silent) == [], f"the sources show no case meeting {silent}"


def test_evidence_is_in_the_webinars_order_and_readable():
    dura = case("sewa-dura-sundari")
    assert [e.challenge for e in dura.challenges] == ["organising", "governance", "raw-materials"]
    assert dura.meets("raw-materials") and not dura.meets("marketing")
    assert "less than the shop price" in dura.evidence("raw-materials").how
    assert dura.evidence("marketing") is None
    assert "\n" not in dura.mechanism and "  " not in dura.mechanism  # folded YAML: one line


def test_every_citation_key_is_in_references_bib():
    known = bib_keys()
    for item in cases():
        assert set(item.cite) <= known, f"{item.id}: unknown keys {set(item.cite) - known}"
        for evidence in item.challenges:
            unknown = set(evidence.cite) - known
            assert not unknown, f"cases.yml: case '{item.id}': challenge '{evidence.challenge}': unknown keys {unknown}"


def test_the_webinar_report_is_the_main_source():
    assert "hni2022webinarreport" in citation_keys()
    assert all("hni2022webinarreport" in c.cite for c in cases())


def test_the_comparison_notebook_cites_every_source_the_data_uses():
    cited = read_chapter(NOTEBOOK).citation_keys()
    assert citation_keys() <= cited, f"cite these in the notebook too: {citation_keys() - cited}"


def test_the_comparison_notebook_links_every_case_study():
    text = "\n".join(c.source for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "markdown")
    for item in cases():
        assert f"{{doc}}`{item.notebook}`" in text or f"<{item.notebook}>`" in text, item.notebook


def test_unknown_ids_are_clear_errors():
    with pytest.raises(CasesDataError, match=r"unknown challenge 'funding' \(known: organising, profitability"):
        cases_meeting("funding")
    with pytest.raises(CasesDataError, match="unknown case 'wise' .*wise-ethiopia"):
        case("wise")


# ---- a broken file names the case and the field --------------------------------------------------

CASE_FIELDS = ["id", "name", "short", "country", "notebook", "form", "mechanism", "members", "cite", "challenges"]


@pytest.mark.parametrize("field", CASE_FIELDS)
def test_a_missing_field_is_named(tmp_path, field):
    data = copy.deepcopy(RAW)
    del data["cases"][2][field]
    message = problems_of(tmp_path, data)
    where = "case #3" if field == "id" else "case 'atemdo'"
    assert f"cases.yml: {where}: field '{field}': is missing" in message


@pytest.mark.parametrize("field", ["challenge", "how", "cite"])
def test_a_missing_evidence_field_is_named(tmp_path, field):
    data = copy.deepcopy(RAW)
    del data["cases"][1]["challenges"][2][field]
    assert f"cases.yml: case 'sewa-dura-sundari': field 'challenges[2].{field}': is missing" in problems_of(
        tmp_path, data
    )


def test_an_unknown_challenge_is_named_with_the_known_ones(tmp_path):
    data = copy.deepcopy(RAW)
    data["cases"][2]["challenges"][1]["challenge"] = "funding"
    message = problems_of(tmp_path, data)
    assert "cases.yml: case 'atemdo': field 'challenges[1].challenge': unknown challenge 'funding'" in message
    assert "(known: organising, profitability, governance, working-capital" in message


@pytest.mark.parametrize("field", ["name", "form", "mechanism", "members"])
def test_an_empty_text_is_named(tmp_path, field):
    data = copy.deepcopy(RAW)
    data["cases"][0][field] = "   "
    assert f"cases.yml: case 'patamaba-wise': field '{field}': must not be empty" in problems_of(tmp_path, data)


def test_an_empty_how_is_named(tmp_path):
    data = copy.deepcopy(RAW)
    data["cases"][3]["challenges"][0]["how"] = ""
    assert "cases.yml: case 'wise-ethiopia': field 'challenges[0].how': must not be empty" in problems_of(
        tmp_path, data
    )


def test_a_claim_without_a_source_is_refused(tmp_path):
    data = copy.deepcopy(RAW)
    data["cases"][3]["challenges"][1]["cite"] = []
    data["cases"][0]["cite"] = [""]
    message = problems_of(tmp_path, data)
    assert "case 'wise-ethiopia': field 'challenges[1].cite': must list at least one citation key" in message
    assert "case 'patamaba-wise': field 'cite': every citation key must be non-empty text" in message


def test_other_mistakes_are_named(tmp_path):
    data = copy.deepcopy(RAW)
    data["cases"][0]["mechanisms"] = "typo"  # unknown field
    data["cases"][1]["challenges"].append(copy.deepcopy(data["cases"][1]["challenges"][0]))  # twice
    data["cases"][2]["id"] = "sewa-dura-sundari"  # duplicate id
    data["cases"][3]["notebook"] = "WISE Ethiopia"  # not a file name
    data["cases"][3]["country"] = 7  # not text
    data["cases"][0]["challenges"] = []
    message = problems_of(tmp_path, data)
    assert "case 'patamaba-wise': field 'mechanisms': is not a known field here" in message
    assert "case 'patamaba-wise': field 'challenges': must be a non-empty list" in message
    assert "case 'sewa-dura-sundari': field 'challenges[3].challenge': 'organising' is listed twice" in message
    assert "case 'sewa-dura-sundari': field 'id': the id appears twice" in message
    assert "case 'wise-ethiopia': field 'notebook': must use lower-case letters" in message
    assert "case 'wise-ethiopia': field 'country': must be text (found int)" in message
    # Every problem is reported at once, one a line.
    assert len(message.splitlines()) == 6


def test_whole_file_mistakes(tmp_path):
    assert validate([]) == ["cases.yml: the file must be a mapping with a non-empty list 'cases'"]
    assert validate({"cases": []})
    assert validate({"cases": RAW["cases"], "challenges": []}) == [
        "cases.yml: field 'challenges': is not a known field here (check the spelling)"
    ]
    assert "case #2: must be a mapping" in validate({"cases": [RAW["cases"][0], "atemdo"]})[0]
    with pytest.raises(CasesDataError, match="no such file"):
        load_cases(tmp_path / "missing.yml")
    bad = tmp_path / "cases.yml"
    bad.write_text("cases:\n  - id: a\n    id: b\n", encoding="utf-8")
    with pytest.raises(CasesDataError, match="not valid YAML: .*the key 'id' appears twice"):
        load_cases(bad)


def test_the_real_file_is_valid_and_cached():
    assert validate(RAW) == []
    assert cases() is cases()
    assert load_cases() == cases()
    assert cases_module.DATA_FILE.parent.name == "data"


# ---- the names each case goes by (sse_course/case_names.py) -----------------------------------


def test_the_case_names_table_lists_the_cases_of_cases_yml_in_order():
    assert [names.case for names in CASE_NAMES] == [c.id for c in cases()]
    assert [names.notebook for names in CASE_NAMES] == [c.notebook for c in cases()]


@pytest.mark.parametrize("names", CASE_NAMES, ids=[n.case for n in CASE_NAMES])
def test_every_name_of_a_case_names_its_files(names):
    notebook = ROOT / "notebooks" / f"{names.notebook}.ipynb"
    assert notebook.is_file(), f"no notebook {notebook.name}"
    assert (ROOT / "sse_course" / "quizzes" / f"{names.bank}.yml").is_file(), f"no quiz bank {names.bank}"
    importlib.import_module(names.model_module)
    importlib.import_module(names.app_module)
    code = "\n".join(c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code")
    assert names.model_module in code and names.app_module in code, f"{notebook.name} does not use {names.mechanism}"
    assert f'Quiz("{names.bank}")' in code, f"{notebook.name} does not end with its bank {names.bank}"
    studies = (ROOT / "sse_course" / "exercises" / "case_studies.py").read_text(encoding="utf-8")
    assert f"from sse_course.models import {names.mechanism} as {names.short}" in studies


def test_a_case_is_found_by_any_of_its_names():
    assert names_of("sewa") == names_of("collective_purchase") == names_of("sewa-dura-sundari")
    with pytest.raises(KeyError, match="no case study is called 'dura'"):
        names_of("dura")

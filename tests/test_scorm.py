"""The SCORM 1.2 package for an LMS (issue 16, part 3): its imsmanifest.xml is valid against the
IMS/ADL schemas it ships (lxml); in Chromium, under an LMS runtime stand-in (npm scorm-again,
served from this machine), answering a SCO's quiz sets cmi.core.score.raw and
cmi.core.lesson_status and commits; with no LMS the page works as in the book."""

from __future__ import annotations

import html
import posixpath
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sse_course.build.progress_index import activity_index
from sse_course.delivery.scorm import SCHEMAS, ScormError, make_package, manifest
from sse_course.i18n.languages import languages
from sse_course.quiz.bank import load_bank

from .conftest import ROOT

SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.js"
NS = {"cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2", "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2"}
BANK = "what-is-sse"


def schema() -> etree.XMLSchema:
    # adlcp_rootv1p2.xsd imports the IMS content packaging schema, which imports ims_xml.xsd:
    # all three come from the repository, nothing from the network.
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "adlcp_rootv1p2.xsd"), parser))


def test_the_manifest_is_valid_scorm_1_2_with_a_sco_per_page_with_an_activity():
    files = ["book/welcome.html", "book/what-is-sse.html", "_static/sse-scorm.js"]
    text = manifest(files, "The course")
    document = etree.fromstring(text.encode("utf-8"))
    validator = schema()
    assert validator.validate(document), validator.error_log
    scos = document.findall(".//cp:resource[@adlcp:scormtype='sco']", NS)
    pages = [page for _, part in activity_index(ROOT) for page in part]
    assert [sco.get("href") for sco in scos] == [page.docname + ".html" for page in pages]
    parts = document.findall("cp:organizations/cp:organization/cp:item", NS)
    assert [p.findtext("cp:title", namespaces=NS) for p in parts][:2] == ["Welcome", "Part 1: Context"]
    item = document.find(".//cp:item[@identifierref='res-book-what-is-sse']", NS)
    assert item.get("parameters") == f"?sse-scorm=quiz:{BANK}:{len(load_bank(BANK).questions)}"
    # The validator can fail: a SCORM type the schema does not know.
    broken = etree.fromstring(text.replace('scormtype="sco"', 'scormtype="lesson"').encode())
    assert not validator.validate(broken)


def test_make_package_refuses_a_missing_book_or_an_output_inside_it(tmp_path):
    with pytest.raises(ScormError, match="No built book"):
        make_package(tmp_path / "out.zip", tmp_path / "nothing")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "index.html").write_text("<html><head></head></html>", encoding="utf-8")
    with pytest.raises(ScormError, match="inside"):
        make_package(tmp_path / "html" / "out.zip", tmp_path / "html")


EDITION_TAGS = [lang.tag for lang in languages() if not lang.is_source]
MENU = (
    '<div class="dropdown dropdown-language-menu"><button>Language</button><ul><li><div><a href="../fr/book/'
    'welcome.html">Fran\u00e7ais</a></div></li></ul></div>'
)
PHONE_LINE = '<nav class="sse-languages d-print-none" aria-label="Language"><a href="../fr/book/welcome.html">Fran\u00e7ais</a></nav>'


def test_the_package_carries_the_english_book_only(tmp_path):
    """No edition in another language, no language chooser, no language menu: the package is
    English by decision, and the menu's links would lead to pages it does not have."""
    html = tmp_path / "html"
    pages = {
        "index.html": '<a href="fr/book/welcome.html">Fran\u00e7ais</a>',
        "book/welcome.html": f"<html><head></head><body><div>{MENU}<p>Welcome</p>{PHONE_LINE}</div></body></html>",
        "_static/sse.css": "p{}",
        **{f"{tag}/book/welcome.html": "<html><head></head><body>Bienvenue</body></html>" for tag in EDITION_TAGS},
    }
    for name, text in pages.items():
        (html / name).parent.mkdir(parents=True, exist_ok=True)
        (html / name).write_text(text, encoding="utf-8")
    names = make_package(tmp_path / "course.zip", html)
    assert [name for name in names if name.split("/")[0] in EDITION_TAGS or name == "index.html"] == []
    assert {"book/welcome.html", "_static/sse.css", "_static/sse-scorm.js"} <= set(names)
    with zipfile.ZipFile(tmp_path / "course.zip") as archive:
        welcome = archive.read("book/welcome.html").decode("utf-8")
        listed = archive.read("imsmanifest.xml").decode("utf-8")
    assert "<div><p>Welcome</p></div>" in welcome and "language-menu" not in welcome and "fr/" not in welcome
    assert "sse-languages" not in welcome
    assert "fr/book" not in listed and 'href="_static/sse.css"' in listed


def answer_every_question_right(frame, bank_id: str) -> None:
    quiz = frame.locator(f'.sse-quiz[data-bank="{bank_id}"]')
    for question in load_bank(bank_id).questions:
        item = quiz.locator(f'.sse-quiz-question[data-qid="{question.id}"]')
        if question.type == "numeric":
            item.locator("input").fill(f"{question.answer:g}")
        elif question.type == "true_false":
            item.locator(f'input[value="{1 if question.answer else 0}"]').check()
        elif question.type == "matching":
            for select, match in zip(item.locator("select").all(), question.items, strict=True):
                select.select_option(label=match.answer)
        else:
            for index, option in enumerate(question.options):
                if option.correct:
                    item.locator(f'input[value="{index}"]').check()
        item.locator(".sse-quiz-check").click()


LMS = """<!doctype html><html lang="en"><meta charset="utf-8"><title>LMS stand-in</title>
<script src="scorm12.js"></script>
<script>
window.commits = [];
window.API = new Scorm12API({autocommit: false, throttleCommits: false, logLevel: 5});
API.on("LMSCommit", function () {
  commits.push([API.cmi.core.score.raw, API.cmi.core.lesson_status]);
});
</script>
<iframe id="sco" title="course" src="sco/LAUNCH" style="width:360px;height:700px"></iframe>
</html>"""


@pytest.mark.build
@pytest.mark.browser
def test_a_quiz_in_the_package_reports_to_the_lms_and_works_without_one(browser, built_book, tmp_path):
    from sse_course.delivery.chromium import block_other_hosts, serve

    package = make_package(tmp_path / "course.zip", built_book)
    assert "imsmanifest.xml" in package and "adlcp_rootv1p2.xsd" in package
    site = tmp_path / "lms"
    with zipfile.ZipFile(tmp_path / "course.zip") as archive:
        archive.extractall(site / "sco")
        document = etree.fromstring(archive.read("imsmanifest.xml"))
        zipped = set(archive.namelist())
    print(f"\n{(tmp_path / 'course.zip').stat().st_size / 1024 / 1024:.1f} MB, {len(zipped)} files")
    validator = schema()
    assert validator.validate(document), validator.error_log
    # English only: no edition, and every file the manifest lists is in the package and back.
    assert [name for name in zipped if name.split("/")[0] in EDITION_TAGS] == []
    assert all((built_book / tag / "index.html").is_file() for tag in EDITION_TAGS), "the editions were built"
    listed = {f.get("href") for f in document.findall(".//cp:resource[@identifier='book-files']/cp:file", NS)}
    assert listed == zipped - {"imsmanifest.xml", *(s.name for s in SCHEMAS.glob("*.xsd"))}
    # What the English pages link (outside the in-browser site) is all in the package. (_static/
    # has the theme's Jinja macros as .html files: no page of the book, nothing links them.)
    missing = set()
    for name in sorted(n for n in zipped if n.endswith(".html") and not n.startswith(("lite/", "_static/"))):
        text = (site / "sco" / name).read_text(encoding="utf-8")
        for link in re.findall(r'(?:href|src)="(?![a-z]+:|#|//)([^"#?]+)', text):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), html.unescape(link)))
            if target not in zipped and not (site / "sco" / target).is_dir():
                missing.add(f"{name} -> {link}")
    assert sorted(missing) == [], f"pages of the package link files it does not have: {sorted(missing)[:5]}"
    item = document.find(".//cp:item[@identifierref='res-book-what-is-sse']", NS)
    resource = document.find(".//cp:resource[@identifier='res-book-what-is-sse']", NS)
    launch = resource.get("href") + item.get("parameters")
    shutil.copy(SCORM_AGAIN, site / "scorm12.js")
    (site / "lms.html").write_text(LMS.replace("LAUNCH", launch), encoding="utf-8")
    total = len(load_bank(BANK).questions)

    context = browser.new_context(viewport={"width": 400, "height": 800})
    try:
        page = context.new_page()
        outside: list[str] = []
        block_other_hosts(page, outside)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        with serve(site) as base:
            page.goto(base + "lms.html")
            frame = page.frame_locator("#sco")
            frame.locator(f'.sse-quiz[data-bank="{BANK}"].is-ready').wait_for()
            assert page.evaluate("API.cmi.core.lesson_status") == "incomplete"  # launched: started
            first = load_bank(BANK).questions[0]
            answer_every_question_right(frame, BANK)
            assert page.evaluate("API.cmi.core.score.raw") == "100"
            assert page.evaluate("API.cmi.core.lesson_status") == "completed"
            commits = page.evaluate("commits")
            assert commits[-1] == ["100", "completed"] and len(commits) >= total
            assert commits[0] == [str(round(100 / total)), "incomplete"], "the first answer was not reported"

            # The same page with no LMS around it: the quiz works as in the book.
            alone = context.new_page()
            alone.on("pageerror", lambda error: errors.append(str(error)))
            block_other_hosts(alone, outside)
            alone.goto(base + "sco/" + launch)
            item = alone.locator(f'.sse-quiz[data-bank="{BANK}"] .sse-quiz-question[data-qid="{first.id}"]')
            assert item.locator(".sse-quiz-feedback").inner_text().startswith("\u2713 Correct.")  # saved, shown
            assert alone.evaluate("typeof window.API") == "undefined"
        assert not errors, errors
        assert outside == []
    finally:
        context.close()


def test_the_schemas_are_stored_with_their_source():
    readme = (Path(SCHEMAS) / "README.md").read_text(encoding="utf-8")
    for name in ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "ims_xml.xsd", "imsmd_rootv1p2p1.xsd"):
        assert (SCHEMAS / name).is_file() and name in readme

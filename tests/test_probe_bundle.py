"""Probe: the offline zip with hostile outputs and links. It must never read its own growing
file, replace a file it did not make, leave a part file behind, or pack a file from outside the
course through a link. A small stand-in course keeps this fast (tests/test_bundle.py zips the
real book)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from sse_course.delivery import bundle as bundle_module
from sse_course.delivery.bundle import TOP, BundleError, main, make_bundle

from .conftest import ROOT


@pytest.fixture
def course(tmp_path) -> Path:
    root = tmp_path / "course"
    for folder in ("notebooks", "exercises", "sse_course", "html", "learner-html"):
        (root / folder).mkdir(parents=True)
        (root / folder / "a.txt").write_text(f"{folder}\n")
    (root / "html" / "index.html").write_text("<p>book</p>\n")
    (root / "learner-html" / "index.html").write_text("<p>learner book</p>\n")
    for name in ("pyproject.toml", "README.md"):
        (root / name).write_text(f"{name}\n")
    (root / "requirements.lock").write_text("# lock\npyyaml==6.0.2\n")
    return root


def zip_into(course: Path, out: Path):
    return make_bundle(out, course / "html", course, learner_html=course / "learner-html")


def test_a_normal_bundle_still_works_and_can_be_made_again(course, tmp_path):
    out = tmp_path / "out" / "sse.zip"
    first = zip_into(course, out)
    again = zip_into(course, out)  # replacing a previous bundle is fine
    assert first.names == again.names and f"{TOP}/book/index.html" in again.names
    assert not list(out.parent.glob("*.part"))


@pytest.mark.parametrize("inside", ["html", "learner-html", "notebooks", "exercises", "sse_course", "html/deep/er"])
def test_an_output_inside_a_packed_folder_is_refused(course, inside):
    out = course / inside / "sse.zip"
    with pytest.raises(BundleError, match="which goes into the zip"):
        zip_into(course, out)
    assert not out.exists() and not out.with_name("sse.zip.part").exists()


@pytest.mark.parametrize("name", ["README.md", "pyproject.toml", "requirements.lock"])
def test_an_existing_file_that_is_not_a_bundle_is_never_replaced(course, name):
    before = (course / name).read_bytes()
    with pytest.raises(BundleError, match="is not a course bundle"):
        zip_into(course, course / name)
    assert (course / name).read_bytes() == before


def test_another_zip_is_not_replaced_either(course, tmp_path):
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("holiday.jpg", b"x")
    with pytest.raises(BundleError, match="is not a course bundle"):
        zip_into(course, other)
    assert zipfile.ZipFile(other).namelist() == ["holiday.jpg"]


def test_a_folder_as_output_gets_a_message_not_a_traceback(course, tmp_path, capsys):
    (tmp_path / "folder").mkdir()
    assert (
        main(
            [
                str(tmp_path / "folder"),
                *("--html-dir", str(course / "html"), "--learner-html", str(course / "learner-html")),
                *("--root", str(course)),
            ]
        )
        == 1
    )
    assert "is a folder" in capsys.readouterr().err


def test_a_failure_leaves_no_part_file(course, tmp_path, monkeypatch):
    out = tmp_path / "sse.zip"

    def broken(lock):
        raise OSError("disk full")

    monkeypatch.setattr(bundle_module, "requirements_txt", broken)
    with pytest.raises(OSError):
        zip_into(course, out)
    assert not out.exists() and not (tmp_path / "sse.zip.part").exists()


def test_links_that_leave_the_tree_are_left_out_and_listed(course, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("password\n")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "key.txt").write_text("key\n")
    (course / "notebooks" / "leak.txt").symlink_to(secret)
    (course / "notebooks" / "leakdir").symlink_to(tmp_path / "private", target_is_directory=True)
    (course / "notebooks" / "fine.txt").symlink_to(course / "notebooks" / "a.txt")  # stays inside
    made = zip_into(course, tmp_path / "sse.zip")
    with zipfile.ZipFile(made.path) as archive:
        data = b"".join(archive.read(name) for name in archive.namelist())
    assert b"password" not in data and b"key\n" not in data
    assert f"{TOP}/notebooks/fine.txt" in made.names
    assert any("leak.txt" in path for path in made.skipped)


def test_learners_get_the_chapter_handouts_and_nothing_for_the_trainer(course, tmp_path):
    """A handouts folder with answer keys, the whole-book PDF (it prints the trainers' pages and
    the solutions) and a trainer's sheet: for-learners/handouts/ gets the chapters' handouts only."""
    (course / "_toc.yml").write_text(
        "format: jb-book\nroot: book/welcome\nparts:\n  - caption: Part\n    chapters:\n"
        "      - file: book/what-is-sse\n      - file: notebooks/case\n      - file: book/trainers/plans\n"
    )
    for page in ("book/welcome.md", "book/what-is-sse.md", "notebooks/case.ipynb", "book/trainers/plans.md"):
        (course / page).parent.mkdir(parents=True, exist_ok=True)
        (course / page).write_text("# Page\n")
    (course / "exercises").mkdir(exist_ok=True)
    shutil.copy(ROOT / "exercises" / "is-it-sse.ipynb", course / "exercises" / "is-it-sse.ipynb")
    handouts = tmp_path / "handouts"
    handouts.mkdir()
    names = ["what-is-sse", "what-is-sse-answer-key", "case", "case-answer-key", "sse-course", "plans", "cards"]
    names += ["exercise-is-it-sse", "exercise-is-it-sse-answer-key"]
    for name in names:
        (handouts / f"{name}.pdf").write_bytes(b"%PDF-1.4\n")
    made = make_bundle(tmp_path / "sse.zip", course / "html", course, handouts, learner_html=course / "learner-html")
    given = sorted(name.rsplit("/", 1)[1] for name in made.names if name.startswith(f"{TOP}/for-learners/handouts/"))
    assert given == ["case.pdf", "exercise-is-it-sse.pdf", "what-is-sse.pdf"]
    assert len([name for name in made.names if name.startswith(f"{TOP}/handouts/")]) == len(names)


def test_no_learner_edition_is_a_clear_error(course, tmp_path):
    with pytest.raises(BundleError, match="make learner-edition"):
        make_bundle(tmp_path / "sse.zip", course / "html", course, learner_html=tmp_path / "none")
    assert not (tmp_path / "sse.zip").exists()


def lite_site(book: Path, notebook: str, engine: bytes = b"\0asm the same engine") -> None:
    """A stand-in in-browser site in ``book/lite/``: the engine, and ``notebook`` as its one notebook."""
    site = book / "lite"
    for name, data in (
        ("index.html", b"<p>site</p>"),
        ("static/pyodide/pyodide.asm.wasm", engine),
        ("files/exercises/x.ipynb", notebook.encode()),
        ("api/contents/all.json", f'["{notebook}"]'.encode()),
    ):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(data)


def test_the_in_browser_site_is_zipped_once_and_each_book_keeps_its_own_notebooks(course, tmp_path):
    lite_site(course / "html", "solution")
    lite_site(course / "learner-html", "learner version")
    made = zip_into(course, tmp_path / "sse.zip")
    engine = [name for name in made.names if name.endswith("pyodide.asm.wasm")]
    assert engine == [f"{TOP}/for-learners/book/lite/static/pyodide/pyodide.asm.wasm"]
    assert f"{TOP}/for-learners/book/lite/index.html" in made.names
    assert sorted(name for name in made.names if name.startswith(f"{TOP}/book/lite/")) == [
        f"{TOP}/book/lite/api/contents/all.json",
        f"{TOP}/book/lite/files/exercises/x.ipynb",
    ]
    with zipfile.ZipFile(made.path) as archive:
        assert archive.read(f"{TOP}/book/lite/files/exercises/x.ipynb") == b"solution"
        assert archive.read(f"{TOP}/for-learners/book/lite/files/exercises/x.ipynb") == b"learner version"


def test_in_browser_sites_from_two_builds_are_a_clear_error(course, tmp_path):
    lite_site(course / "html", "solution", engine=b"\0asm after the change")
    lite_site(course / "learner-html", "learner version")
    with pytest.raises(BundleError, match=r"static/pyodide/pyodide\.asm\.wasm.*Build both again"):
        zip_into(course, tmp_path / "sse.zip")
    assert not (tmp_path / "sse.zip").exists()


def test_a_book_alone_with_an_in_browser_site_keeps_it_whole(course, tmp_path):
    lite_site(course / "html", "solution")
    made = zip_into(course, tmp_path / "sse.zip")
    assert f"{TOP}/book/lite/index.html" in made.names
    assert f"{TOP}/book/lite/static/pyodide/pyodide.asm.wasm" in made.names

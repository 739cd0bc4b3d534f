"""The offline workshop bundle: one zip a trainer copies to a USB stick.

    python -m sse_course.delivery.bundle [--html-dir _build/html] [--learner-html DIR] [--handouts DIR] [OUT.zip]

``OUT.zip`` (default ``_build/sse-course-offline.zip``) holds one folder, ``sse-course/``, with:

- ``book/``: the built book (open ``book/index.html``; it works from the disk with no network),
  each page as ``offline_copy`` makes it (no launch button; what needs the internet says so),
  with its in-browser notebooks in ``book/lite/`` (served by ``python -m sse_course.delivery.workshop``);
- ``for-learners/``: the folder a trainer shares with learners: the learner edition of the book
  (``--learner-html``, made by ``make learner-edition``: no exercise solutions, no trainers'
  pages), the learners' handouts (no answer key, no whole-book PDF) and its own ``START-HERE.md``;

The in-browser notebooks' site (JupyterLab, Pyodide and the kernel's wheels: about 39 MB, 16 MB
zipped) is the same in both books but for the notebooks themselves, so the zip holds it once:
whole in ``for-learners/book/lite/`` (the folder learners are given stays complete), and in
``book/lite/`` only the trainer's book's own notebooks and their listing (``files/``, ``api/``);
the workshop server serves the rest of ``book/lite/`` from the learners' copy
(``workshop.shared_lite``). The two books' sites must come from the same build of the course:
when the rest differs (one book built before a change, the other after), the bundle stops.
- ``notebooks/`` (with their figures) and ``exercises/`` (solutions, and ``learner/`` versions);
- ``sse_course/`` (the package the notebooks import), ``pyproject.toml`` and ``README.md`` (so
  that ``pip install -e .`` works), and ``requirements.txt``: the versions ``requirements.lock``
  pins, without its hashes (see ``requirements_txt``);
- ``handouts/`` when ``--handouts DIR`` is given (see ``sse_course.delivery.handouts``);
- ``START-HERE.md``: what to open, and how to run the notebooks on a laptop.

Every language the book is built in is in the one zip: ``book/<tag>/`` (the editions that
``make book`` puts in ``_build/html/<tag>/``, reached from every page's language menu),
``for-learners/book/<tag>/`` (that language's learner edition), ``handouts/<tag>/`` and
``for-learners/handouts/<tag>/``. One zip, not one per language: the editions link each other
page by page, a trainer in a country of two languages carries both, and the editions share the
package, the notebooks (every language's are in ``notebooks/``) and the in-browser Python, which
are most of the zip. START-HERE stays English, with a line per edition in its language
(``start-here-languages.yml``) that says where its book and handouts are.

One top folder, so that unzipping never scatters files into the folder the zip is in.

The zip is written next to ``OUT.zip`` as ``OUT.zip.part`` and renamed at the end; a failure
removes the part file. It refuses an output inside a folder it packs (it would read its own
growing file), a directory, and any existing file that is not a previous bundle (so that
``bundle README.md`` cannot replace README.md). Links that point outside their folder are left
out and listed, so a link to a private file never travels on the USB stick.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sse_course.book.toc import ROOT
from sse_course.delivery.handouts.exercise_sheets import exercise_sheets
from sse_course.delivery.handouts.sources import handout_sources
from sse_course.delivery.offline_copy import offline_page
from sse_course.delivery.workshop import LITE, LITE_CONTENTS
from sse_course.i18n.languages import DRAFTS_VARIABLE, Language, languages
from sse_course.lite.wheels import installed_wheel

DEFAULT_OUT = Path("_build") / "sse-course-offline.zip"
DEFAULT_HTML_DIR = Path("_build") / "html"
# Where `make learner-edition` (sse_course/devtools/editions.py) builds the learner edition.
DEFAULT_LEARNER_HTML_DIR = Path("_build") / "learner-edition" / "_build" / "html"
TOP = "sse-course"
LEARNERS = "for-learners"  # the folder inside TOP that a trainer shares with learners
START_HERE = Path(__file__).resolve().parent / "START-HERE.md"
START_HERE_FOR_LEARNERS = Path(__file__).resolve().parent / "START-HERE-for-learners.md"
# The line per edition in another language that START-HERE gets, in that language.
START_HERE_LANGUAGES = Path(__file__).resolve().parent / "start-here-languages.yml"
_LANGUAGES_MARK = re.compile(r"^\s*<!-- languages\b.*-->\s*$")
# Never packed: caches, checkpoints, and source maps (only a browser's developer tools use them).
SKIP_DIRS = {"__pycache__", ".ipynb_checkpoints", ".pytest_cache", ".hypothesis", "_build", ".git"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".map"}
_HANDOUTS_MARK = re.compile(r"\s*<!-- handouts -->\s*$")
_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")  # a note for the people who edit the file


class BundleError(RuntimeError):
    pass


@dataclass
class Bundle:
    path: Path
    names: list[str]  # every file in the zip
    skipped: list[str] = field(default_factory=list)  # links that leave their folder, left out

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _files(folder: Path, skipped: list[str]):
    inside = folder.resolve()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not SKIP_DIRS.intersection(relative.parts[:-1]) and path.suffix not in SKIP_SUFFIXES:
            if not path.resolve().is_relative_to(inside):
                skipped.append(str(path))
                continue
            yield path, relative.as_posix()


def _is_previous_bundle(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    return f"{TOP}/START-HERE.md" in names and all(name.startswith(f"{TOP}/") for name in names)


def check_output(out: Path, packed: list[Path]) -> None:
    """Refuse an output the bundle would read while writing it, or a file it did not make."""
    where = out.resolve()
    for folder in packed:
        if where.is_relative_to(folder.resolve()):
            raise BundleError(
                f"{out} is inside {folder}, which goes into the zip: write the zip somewhere "
                f"else (for example {DEFAULT_OUT})."
            )
    if out.is_dir():
        raise BundleError(f"{out} is a folder: give the zip's file name, for example {out / DEFAULT_OUT.name}.")
    if out.exists() and not _is_previous_bundle(out):
        raise BundleError(
            f"{out} exists and is not a course bundle: the zip will not replace it. "
            "Choose another name, or delete the file first."
        )


def start_here(with_handouts: bool, template: Path = START_HERE, editions: Sequence[tuple[Language, bool]] = ()) -> str:
    """START-HERE.md, with the lines about handouts only when the bundle has them, a line in
    each language of ``editions`` (the language, and whether the zip has its handouts) saying
    where its book is, and without the comments left for the people who edit the file."""
    lines = []
    for line in template.read_text(encoding="utf-8").splitlines():
        if _LANGUAGES_MARK.match(line):
            lines.extend(_edition_lines(template, editions))
            continue
        if _HANDOUTS_MARK.search(line):
            if not with_handouts:
                continue
            line = _HANDOUTS_MARK.sub("", line)
        elif _COMMENT_LINE.match(line):
            continue
        lines.append(line)
    text = "\n".join(lines) + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def _edition_lines(template: Path, editions: Sequence[tuple[Language, bool]]) -> list[str]:
    if not editions:
        return []
    words = yaml.safe_load(START_HERE_LANGUAGES.read_text(encoding="utf-8"))
    folder = LEARNERS if template == START_HERE_FOR_LEARNERS else TOP
    lines = ["The course in other languages (these lines are translated by the course team):", ""]
    for lang, has_handouts in editions:
        said = words.get(lang.code, words["en"])
        book, handouts = f"{folder}/book/{lang.tag}/index.html", f"{folder}/handouts/{lang.tag}"
        parts = [said["book"].format(name=lang.name, book=book)]
        if has_handouts:
            parts.append(said["handouts"].format(handouts=handouts))
        lines.append("- " + " ".join([*parts, said["note"]]).strip())
    return lines


_PIN = re.compile(r"^([A-Za-z0-9][\w.\-\[\],]*==[\w.+!\-]+)")


def requirements_txt(lock: Path) -> str:
    """Every version the lock pins, one a line, without the hashes. The lock is made on Linux, so
    it lacks the few packages that only Windows (colorama) or macOS (appnope) need; with hashes
    pip would refuse to install them, and so refuse the whole file, on those computers."""
    pins = [m.group(1) for line in lock.read_text(encoding="utf-8").splitlines() if (m := _PIN.match(line))]
    if not pins:
        raise BundleError(f"{lock} pins no package: is it the course's requirements.lock?")
    return (
        "# The exact versions of the packages the course's notebooks were tested with.\n"
        "# Install them with: pip install -r requirements.txt (START-HERE.md says how, step by step).\n"
        + "\n".join(pins)
        + "\n"
    )


def learner_handouts(handouts: Path, root: Path) -> list[Path]:
    """The handouts a learner may have: one per chapter and case study and the exercise sheets,
    never an answer key or the whole-book PDF (it prints the trainers' pages and the exercise
    solutions)."""
    names = [page.stem for page in handout_sources(root)] + [sheet.name for sheet in exercise_sheets(root)]
    return [handouts / f"{name}.pdf" for name in names if (handouts / f"{name}.pdf").is_file()]


def bundle_editions(html_dir: Path, learner_html: Path) -> list[Language]:
    """The editions in other languages that the built book has (``html_dir/<tag>/``), each of
    which must have its learner edition too."""
    editions = [lang for lang in languages() if not lang.is_source and (html_dir / lang.tag / "index.html").is_file()]
    for lang in editions:
        if not (learner_html / lang.tag / "index.html").is_file():
            raise BundleError(
                f"The book has its {lang.name} edition, but {learner_html / lang.tag} has no learner edition: "
                f"build it (make learner-edition, with {DRAFTS_VARIABLE}={lang.code} for a draft)."
            )
    return editions


def _lite_engine(book: Path) -> dict[str, Path]:
    """The files of ``book``'s in-browser site that are not its own notebooks (see the docstring)."""
    site = book / LITE
    return {relative: path for path, relative in _files(site, []) if Path(relative).parts[0] not in LITE_CONTENTS}


def lite_shared(html_dir: Path, learner_html: Path) -> bool:
    """Whether the trainer's book can borrow the learners' book's in-browser site (both have one);
    a BundleError when the two sites differ in more than their notebooks."""
    if not ((html_dir / LITE / "index.html").is_file() and (learner_html / LITE / "index.html").is_file()):
        return False
    ours, theirs = _lite_engine(html_dir), _lite_engine(learner_html)
    differ = sorted(set(ours) ^ set(theirs))
    differ += [name for name in sorted(set(ours) & set(theirs)) if not filecmp.cmp(ours[name], theirs[name], False)]
    if differ:
        raise BundleError(
            f"The in-browser notebooks of {html_dir} and of the learner edition ({learner_html}) differ "
            f"({', '.join(differ[:3])}): they were built from different versions of the course. "
            "Build both again (make book learner-edition), then make the bundle."
        )
    return True


def make_bundle(
    out: Path, html_dir: Path, root: Path = ROOT, handouts: Path | None = None, *, learner_html: Path
) -> Bundle:
    html_dir, learner_html = Path(html_dir), Path(learner_html)
    if not (html_dir / "index.html").is_file():
        raise BundleError(f"No built book in {html_dir}: build it first (make book) or pass --html-dir.")
    if not (learner_html / "index.html").is_file():
        raise BundleError(
            f"No learner edition in {learner_html}: build it first (make learner-edition) or pass --learner-html."
        )
    if handouts is not None and not any(Path(handouts).glob("*.pdf")):
        raise BundleError(f"No PDF handouts in {handouts}: make them first (python -m sse_course.delivery.handouts).")
    for needed in ("notebooks", "exercises", "sse_course", "pyproject.toml", "requirements.lock", "README.md"):
        if not (root / needed).exists():
            raise BundleError(f"{root / needed} is missing: is {root} the course's folder?")
    editions = bundle_editions(html_dir, learner_html)
    share_lite = lite_shared(html_dir, learner_html)
    out = Path(out)
    folders = [html_dir, learner_html, root / "notebooks", root / "exercises", root / "sse_course"]
    check_output(out, folders + ([Path(handouts)] if handouts is not None else []))
    out.parent.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    skipped: list[str] = []
    partial = out.with_name(out.name + ".part")
    try:
        _write_zip(partial, names, skipped, html_dir, learner_html, root, handouts, editions, share_lite)
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Bundle(out, names, skipped)


def _write_zip(
    partial: Path,
    names: list[str],
    skipped: list[str],
    html_dir: Path,
    learner_html: Path,
    root: Path,
    handouts: Path | None,
    editions: list[Language],
    share_lite: bool = False,
) -> None:
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:

        def add_file(path: Path, name: str):
            archive.write(path, f"{TOP}/{name}")
            names.append(f"{TOP}/{name}")

        def add_text(name: str, text: str):
            info = zipfile.ZipInfo(f"{TOP}/{name}", date_time=time.localtime()[:6])
            info.external_attr = 0o644 << 16  # rw-r--r-- when unzipped
            archive.writestr(info, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
            names.append(f"{TOP}/{name}")

        def add_folder(folder: Path, target: str):
            for path, relative in _files(folder, skipped):
                add_file(path, f"{target}/{relative}")

        def borrowed(relative: str) -> bool:  # a file of the trainer's book's site that the learners' has
            parts = Path(relative).parts
            return share_lite and parts[0] == LITE and len(parts) > 1 and parts[1] not in LITE_CONTENTS

        def add_book(folder: Path, target: str, for_learners: bool):
            for path, relative in _files(folder, skipped):
                if not for_learners and borrowed(relative):
                    continue
                if path.suffix == ".html":
                    add_text(f"{target}/{relative}", offline_page(path.read_text(encoding="utf-8"), for_learners))
                else:
                    add_file(path, f"{target}/{relative}")

        with_handouts = [(lang, handouts is not None and (Path(handouts) / lang.tag).is_dir()) for lang in editions]
        add_text("START-HERE.md", start_here(handouts is not None, START_HERE, with_handouts))
        add_book(html_dir, "book", for_learners=False)
        add_text(f"{LEARNERS}/START-HERE.md", start_here(handouts is not None, START_HERE_FOR_LEARNERS, with_handouts))
        add_book(learner_html, f"{LEARNERS}/book", for_learners=True)
        add_folder(root / "notebooks", "notebooks")
        add_folder(root / "exercises", "exercises")
        add_folder(root / "sse_course", "sse_course")
        with tempfile.TemporaryDirectory() as folder:  # make workshop's QR codes, for a laptop with Python alone
            wheel = installed_wheel(Path(folder), "segno")
            add_file(wheel, f"sse_course/delivery/{wheel.name}")
        if handouts is not None:
            add_folder(Path(handouts), "handouts")
            for pdf in learner_handouts(Path(handouts), root):
                add_file(pdf, f"{LEARNERS}/handouts/{pdf.name}")
            for lang, has_handouts in with_handouts:  # each language's, in its folder
                for pdf in learner_handouts(Path(handouts) / lang.tag, root) if has_handouts else []:
                    add_file(pdf, f"{LEARNERS}/handouts/{lang.tag}/{pdf.name}")
        for name in ("pyproject.toml", "README.md"):
            add_file(root / name, name)
        add_text("requirements.txt", requirements_txt(root / "requirements.lock"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sse_course.delivery.bundle",
        description="One zip with everything a workshop with no internet needs.",
    )
    parser.add_argument("out", nargs="?", type=Path, default=None, help=f"the zip to write (default: {DEFAULT_OUT})")
    parser.add_argument("--html-dir", type=Path, default=None, help=f"the built book (default: {DEFAULT_HTML_DIR})")
    parser.add_argument(
        "--learner-html",
        type=Path,
        default=None,
        help=f"the learner edition, for {LEARNERS}/ (default: {DEFAULT_LEARNER_HTML_DIR})",
    )
    parser.add_argument("--handouts", type=Path, default=None, help="a folder of PDF handouts to add as handouts/")
    parser.add_argument("--root", type=Path, default=ROOT, help="the course's folder (default: this checkout)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    started = time.perf_counter()
    try:
        bundle = make_bundle(
            args.out or root / DEFAULT_OUT,
            args.html_dir or root / DEFAULT_HTML_DIR,
            root,
            args.handouts,
            learner_html=args.learner_html or root / DEFAULT_LEARNER_HTML_DIR,
        )
    except BundleError as error:
        print(error, file=sys.stderr)
        return 1
    for link in bundle.skipped:
        print(f"Left out {link}: it links to a file outside its folder.", file=sys.stderr)
    print(
        f"{bundle.path}: {bundle.size / 1024 / 1024:.1f} MB, {len(bundle.names)} files "
        f"({time.perf_counter() - started:.1f} s). Unzip it and open {TOP}/START-HERE.md; "
        f"share {TOP}/{LEARNERS}/ with learners."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The one command that builds the book, used by ``make book``, the tests, the learner edition
and the bench: ``python -m sse_course.build.command [SOURCE] [jupyter-book options]``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sse_course.book.toc import ROOT
from sse_course.build import execution_cache

JUPYTER_BOOK = Path(sys.executable).parent / "jupyter-book"
# -W: a warning fails the build; -n: broken cross-references are warnings; --keep-going: list them all.
STRICT = ("-W", "-n", "--keep-going")


def build_command(source: Path, *options: str, strict: bool = True) -> list[str]:
    """``jupyter-book build <source> [options] -W -n --keep-going`` (without the last three if
    not ``strict``: a test build that only looks at the launch buttons)."""
    return [str(JUPYTER_BOOK), "build", str(source), *options, *(STRICT if strict else ())]


def build_book(
    source: Path = ROOT, *options: str, capture: bool = True, strict: bool = True, environment: dict | None = None
) -> subprocess.CompletedProcess:
    """Build the book at ``source`` with warnings as errors (``make book`` does exactly this),
    with ``environment`` added to this process's. The notebooks' outputs are run again if the
    course package changed since they were cached (sse_course/build/execution_cache.py)."""
    # jupyter-book reads a relative --path-output from the source folder, where it runs.
    output = source / options[options.index("--path-output") + 1] if "--path-output" in options else source
    execution_cache.drop_if_stale(output)
    result = subprocess.run(
        build_command(source, *options, strict=strict),
        capture_output=capture,
        text=True,
        cwd=source,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(environment or {})},
    )
    if result.returncode == 0:
        execution_cache.stamp(output)
    return result


def build_course(
    root: Path = ROOT, *options: str, include_drafts: bool | None = None, capture: bool = True
) -> subprocess.CompletedProcess:
    """The English book, then every edition in another language (sse_course/i18n/editions.py):
    the released ones, and the drafts if ``include_drafts`` or named in SSE_COURSE_DRAFT_LANGUAGES,
    side by side once the English is built. The result of the first build that fails, or of the last one."""
    from sse_course.build.side_by_side import first_failure
    from sse_course.i18n.catalogues import compile_package_catalogues
    from sse_course.i18n.editions import build_editions
    from sse_course.i18n.languages import translated_languages
    from sse_course.i18n.sphinx import EDITIONS_VARIABLE

    # What the package shows (quizzes, explorers) in each language, from the PO files as they are
    # now, so a translator's change shows in the next build.
    for lang in translated_languages(include_drafts=True):
        compile_package_catalogues(lang.code)
    # Every build of this run lists the same languages in its language menu.
    editions = {EDITIONS_VARIABLE: ",".join(lang.code for lang in translated_languages(include_drafts))}
    result = build_book(root, *options, capture=capture, environment=editions)
    if result.returncode != 0 or root.resolve() != ROOT:
        return result
    results = build_editions(root, include_drafts, capture, environment=editions)
    return first_failure(results) or (results[-1] if results else result)


HELP = ("-h", "--help")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if any(argument in HELP for argument in arguments):
        # Only the help: jupyter-book prints it and builds nothing, and the editions' builds after
        # it would have run in full (minutes of a shared machine) for a reader who asked how.
        print(__doc__.strip() + "\nThe options are jupyter-book's:\n", flush=True)
        sys.exit(subprocess.run([*build_command(ROOT, "--help", strict=False)]).returncode)
    source = Path(arguments.pop(0)) if arguments and not arguments[0].startswith("-") else ROOT
    sys.exit(build_course(source.resolve(), *arguments, capture=False).returncode)

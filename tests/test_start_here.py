"""START-HERE.md of the offline zip, read as a trainer reads it: no Python needed first, then one
complete part per computer, the Python the pinned packages really need, and where to find the
session plans and which folder to share. The zip's copy is checked in tests/test_bundle.py."""

from __future__ import annotations

import importlib.metadata
import re

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from sse_course.delivery.bundle import LEARNERS, START_HERE_FOR_LEARNERS, TOP, requirements_txt, start_here

from .conftest import ROOT, toc_pages

TEXT = start_here(with_handouts=True)
LOCK = ROOT / "requirements.lock"
PINS = re.findall(r"^([A-Za-z0-9][\w.\-]*)==([\w.+!\-]+)", LOCK.read_text(encoding="utf-8"), re.M)


def sections(text: str, level: str) -> dict[str, str]:
    """Each heading of ``level`` ("##", "###") with the text under it, up to the next one as high."""
    parts = re.split(rf"^({level} .+)$", text, flags=re.M)
    found = {}
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        found[heading[len(level) + 1 :].strip()] = re.split(rf"^#{{1,{len(level)}}} ", body, flags=re.M)[0]
    return found


def code_lines(text: str) -> list[str]:
    return [line.strip() for block in re.findall(r"```\n(.*?)```", text, re.S) for line in block.splitlines()]


def python_the_lock_needs() -> Version:
    """The highest lower bound of Requires-Python among the pinned packages (as installed from the lock)."""
    lowest = Version("3")
    for name, version in PINS:
        dist = importlib.metadata.distribution(name)
        assert dist.version == version, f"{name} {dist.version} is installed, the lock pins {version}: make venv"
        # get_all: once myst-nb is imported (a test of the book's renderer), importlib_metadata's
        # metadata["Requires-Python"] raises KeyError for a package that gives none, not None.
        for spec in SpecifierSet((dist.metadata.get_all("Requires-Python") or [""])[0]):
            if spec.operator in (">=", "~=", ">"):
                lowest = max(lowest, Version(spec.version))
    return lowest


def test_it_starts_with_the_book_and_handouts_for_those_without_python():
    first = re.search(r"^## (.+)$", TEXT, re.M)
    assert first and first.group(1) == "No Python? The book and the handouts are all you need"
    part = sections(TEXT, "##")[first.group(1)]
    assert part.index("Unzip") < part.index(f"{TOP}/book/index.html"), "unzip first, then open the book"
    assert "Extract All" in part, "Windows users are told how to unzip"
    assert "What works with no internet" in part and "What needs the internet" in part


@pytest.mark.parametrize(
    ("system", "terminal", "commands"),
    [
        (
            "Windows",
            "cmd",
            ["python -m venv .venv", r".venv\Scripts\activate.bat", "pip install -r requirements.txt"],
        ),
        (
            "macOS",
            "Terminal",
            ["python3 -m venv .venv", "source .venv/bin/activate", "pip install -r requirements.txt"],
        ),
        ("Linux", "Open in Terminal", ["python3 -m venv .venv", "source .venv/bin/activate"]),
    ],
)
def test_each_computer_has_its_own_complete_steps(system, terminal, commands):
    part = sections(TEXT, "###")[system]
    lines = code_lines(part)
    assert terminal in part, f"the {system} part does not say how to open a terminal"
    for needed in [*commands, "pip install -r requirements.txt", "pip install -e .", "jupyter lab"]:
        assert needed in lines, f"the {system} part lacks the command {needed!r}"
    assert lines.index(commands[0]) < lines.index(commands[1]) < lines.index("pip install -e .")
    assert "python.org" in part or system == "Linux", f"the {system} part does not say where to get Python"


def test_powershell_users_learn_what_to_do_when_activate_is_refused():
    windows = sections(TEXT, "###")["Windows"]
    lines = code_lines(windows)
    assert "Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass" in lines
    assert r".venv\Scripts\Activate.ps1" in lines
    assert "running scripts is disabled" in windows and "activate.bat" in windows


def test_every_command_line_is_a_command_and_nothing_else():
    lines = [line for line in code_lines(TEXT) if line]
    assert lines, "START-HERE.md has no command"
    explained = [line for line in lines if "(" in line or "#" in line or line.lower().startswith("on ")]
    assert not explained, f"words on a command line would be typed too: {explained}"


def test_the_python_version_is_the_one_the_pinned_packages_need():
    needed = python_the_lock_needs()
    stated = set(re.findall(r"Python (3\.\d+(?:\.\d+)?) or (?:newer|a higher number)", TEXT))
    assert stated == {str(needed)}, f"the pinned packages need Python {needed} or newer; START-HERE.md says {stated}"
    older = [v for v in re.findall(r"Python (3\.\d+(?:\.\d+)?)", TEXT) if Version(v) < needed]
    assert not older, f"START-HERE.md still names Python {older}"


def test_trainers_are_sent_to_the_session_plans_by_their_path_in_the_zip():
    trainers = sections(TEXT, "##")["For trainers"]
    assert "Session plans" in trainers
    paths = re.findall(rf"`{TOP}/book/([\w/-]+)\.html`", trainers)
    assert "book/trainers/session-plans" in paths
    assert not set(paths) - set(toc_pages(ROOT)), f"START-HERE.md names pages the book lacks: {paths}"


def test_it_says_to_share_the_learners_folder_not_the_whole_one():
    share = sections(TEXT, "##")["Share the course with learners"]
    assert f"{TOP}/{LEARNERS}" in share and "Do not share the whole" in share
    assert "copy this whole folder" not in TEXT


def test_the_notes_for_editors_stay_out_of_the_zip():
    assert "<!--" not in TEXT and "<!--" not in start_here(with_handouts=False)
    assert "<!--" not in start_here(True, START_HERE_FOR_LEARNERS)


def test_the_learners_start_here_opens_their_book_and_never_mentions_answers():
    text = start_here(with_handouts=True, template=START_HERE_FOR_LEARNERS)
    assert f"{LEARNERS}/book/index.html" in text and "handouts" in text
    assert "answer-key" not in text and "trainers/" not in text
    assert "handouts" not in start_here(with_handouts=False, template=START_HERE_FOR_LEARNERS)


def test_requirements_install_on_windows_and_macos_too():
    """The lock is made on Linux: with its hashes pip would refuse colorama (Windows) and
    appnope (macOS), which the pinned packages need there. requirements.txt pins the same
    versions without hashes, and every package those computers add is one pip may choose."""
    text = requirements_txt(LOCK)
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines == [f"{name}=={version}" for name, version in PINS]
    assert "--hash" not in text and "--require-hashes" not in text
    pinned = {canonicalize_name(name) for name, _ in PINS}
    needs = [Requirement(r) for name, _ in PINS for r in importlib.metadata.requires(name) or []]
    for environment in ({"sys_platform": "win32", "platform_system": "Windows"}, {"sys_platform": "darwin"}):
        extra = {
            canonicalize_name(need.name)
            for need in needs
            if need.marker is not None
            and need.marker.evaluate({"extra": "", **environment})
            and canonicalize_name(need.name) not in pinned
        }
        # Not pinned, so pip is free to add them: possible only because there is no hash.
        assert extra <= {"colorama", "appnope"}, f"{environment}: new packages the lock lacks: {extra}"

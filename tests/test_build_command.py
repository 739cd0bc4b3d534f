"""``python -m sse_course.build.command --help`` says how to use it and builds nothing: it used to
pass --help to jupyter-book (which printed its help and built nothing) and then build every
edition in another language in full."""

from __future__ import annotations

import subprocess
import sys

from sse_course.book.toc import ROOT


def test_asking_for_help_prints_it_and_builds_no_edition():
    result = subprocess.run(
        [sys.executable, "-m", "sse_course.build.command", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "The one command that builds the book" in result.stdout and "--path-output" in result.stdout
    assert "Building the editions" not in result.stdout + result.stderr
    assert "Running Jupyter-Book" not in result.stdout + result.stderr

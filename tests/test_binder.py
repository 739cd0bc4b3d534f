"""Binder runs the notebooks with what the tests run them with: the same pinned packages, the
course package, and the same Python version."""

from __future__ import annotations

import sys

from sse_course.book.toc import ROOT


def test_binder_installs_the_lock_and_the_course_package():
    lines = [
        line.strip()
        for line in (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines == ["-r ../requirements.lock", "-e ."]
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for package in ("ipywidgets==", "jupyterlab_widgets==", "ipykernel=="):
        assert package in lock, f"the notebooks' widgets need {package.rstrip('=')} on Binder"


def test_binder_python_is_the_python_the_notebooks_are_tested_with():
    runtime = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip()
    assert runtime == f"python-{sys.version_info.major}.{sys.version_info.minor}"

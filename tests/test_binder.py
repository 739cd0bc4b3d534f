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
    # The lock has hashes, and pip refuses an editable install among hashed requirements, so the
    # course package is installed by postBuild.
    assert lines == ["-r ../requirements.lock"]
    post_build = ROOT / "binder" / "postBuild"
    assert "pip install --no-deps --no-build-isolation -e ." in post_build.read_text(encoding="utf-8")
    assert post_build.stat().st_mode & 0o111, "repo2docker runs postBuild only if it is executable"
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for package in ("ipywidgets==", "jupyterlab-widgets==", "ipykernel=="):  # names as pip-compile writes them
        assert package in lock, f"the notebooks' widgets need {package.rstrip('=')} on Binder"


def test_binder_python_is_the_python_the_notebooks_are_tested_with():
    runtime = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip()
    assert runtime == f"python-{sys.version_info.major}.{sys.version_info.minor}"

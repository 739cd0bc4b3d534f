"""Binder runs the notebooks with what the tests run them with: the same pinned packages, the
course package, and the same Python version; and only what a kernel and JupyterLab need (the
runtime lock), not the development tools (Playwright alone is 165 MB)."""

from __future__ import annotations

import re
import sys

from sse_course.book.toc import ROOT


def pins(lock: str) -> dict[str, str]:
    """Each package of a pip-compile lock with its version and its hashes, as one string."""
    return {
        match["name"]: match["version"] + " " + " ".join(sorted(re.findall(r"--hash=(\S+)", match["hashes"])))
        for match in re.finditer(
            r"^(?P<name>[\w.-]+)==(?P<version>[^\s\\]+)(?P<hashes>(?:[ \\]*\n +--hash=\S+)*)", lock, re.M
        )
    }


RUNTIME = pins((ROOT / "requirements-runtime.lock").read_text(encoding="utf-8"))
DEVELOPMENT = pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))


def test_the_runtime_lock_is_the_development_lock_s_versions_and_hashes():
    assert RUNTIME and all(" sha256:" in pinned for pinned in RUNTIME.values())
    differ = {
        name: (pinned, DEVELOPMENT.get(name)) for name, pinned in RUNTIME.items() if DEVELOPMENT.get(name) != pinned
    }
    assert differ == {}, "run make lock: the runtime lock must pin what the tests ran"


def test_the_runtime_lock_has_the_kernel_s_packages_and_no_development_tool():
    for needed in (
        "pyyaml",
        "jsonschema",
        "ipywidgets",
        "jupyterlab-widgets",
        "ipykernel",
        "jupyterlab",
        "jupyterlab-myst",
        "setuptools",
    ):
        assert needed in RUNTIME, f"the notebooks need {needed} on Binder"
    for tool in (
        "playwright",
        "pytest",
        "jupyter-book",
        "sphinx",
        "mypy",
        "ruff",
        "hypothesis",
        "jupyterlite-core",
        "pypdf",
    ):
        assert tool not in RUNTIME, f"{tool} is a development tool: a learner's kernel does not need it"
    assert len(RUNTIME) < len(DEVELOPMENT) * 2 / 3


def test_binder_installs_the_lock_and_the_course_package():
    lines = [
        line.strip()
        for line in (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    # The lock has hashes, and pip refuses an editable install among hashed requirements, so the
    # course package is installed by postBuild.
    assert lines == ["-r ../requirements-runtime.lock"]
    post_build = ROOT / "binder" / "postBuild"
    assert "pip install --no-deps --no-build-isolation -e ." in post_build.read_text(encoding="utf-8")
    assert post_build.stat().st_mode & 0o111, "repo2docker runs postBuild only if it is executable"


def test_binder_python_is_the_python_the_notebooks_are_tested_with():
    runtime = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip()
    assert runtime == f"python-{sys.version_info.major}.{sys.version_info.minor}"

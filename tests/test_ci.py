"""Tests run on every pull request, set up the way a newcomer's machine is: one script installs
what is missing, or says exactly what to install."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "tests.yml"
INSTALL = ROOT / ".ci" / "install-system-deps"


def test_the_tests_workflow_runs_ci_run_on_pull_requests_with_read_only_rights():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML reads the key `on` as True
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}
    steps = workflow["jobs"]["test"]["steps"]
    assert [step["run"] for step in steps if "run" in step] == ["bash .ci/run"]
    for step in steps:
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), f"not pinned by commit: {step}"
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False


def test_ci_and_make_test_share_the_one_set_up_script():
    assert ".ci/install-system-deps" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: system-deps ", makefile, re.M)
    assert re.search(r"^system-deps:\n\t\.ci/install-system-deps$", makefile, re.M)


def bare_machine(bin_dir: Path) -> dict[str, str]:
    """The environment of a machine with python3 (and its venv module) and nothing else, and a
    user who is not root."""
    for name, script in {"python3": f'exec "{sys.executable}" "$@"', "id": "echo 1000"}.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{script}\n")
        (bin_dir / name).chmod(0o755)
    return {"PATH": str(bin_dir)}


def test_without_root_the_set_up_script_prints_the_exact_command_and_fails(tmp_path):
    result = subprocess.run(["/bin/bash", str(INSTALL)], capture_output=True, text=True, env=bare_machine(tmp_path))
    assert result.returncode == 1
    assert (
        "sudo apt-get update && sudo apt-get install -y --no-install-recommends make chromium npm default-jre-headless"
    ) in result.stderr


def test_the_set_up_script_for_the_book_alone_asks_only_for_python_venv(tmp_path):
    result = subprocess.run(
        ["/bin/bash", str(INSTALL), "book"], capture_output=True, text=True, env=bare_machine(tmp_path)
    )
    assert result.returncode == 0, result.stderr

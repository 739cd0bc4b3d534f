"""Probe: the publishing workflow and the install step. Only the deploy job may write to Pages;
every action is pinned to a commit; checkout keeps no credentials; every package installed is
pinned and checked against a hash, pip included by version."""

from __future__ import annotations

import re

import yaml

from sse_course.book.toc import ROOT

WORKFLOW_TEXT = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
WORKFLOW = yaml.safe_load(WORKFLOW_TEXT)
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")


def test_only_the_deploy_job_can_write_to_pages():
    assert WORKFLOW["permissions"] == {"contents": "read"}
    jobs = WORKFLOW["jobs"]
    assert jobs["build"]["permissions"] == {"contents": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert [s.get("uses", "").split("@")[0] for s in jobs["deploy"]["steps"]] == ["actions/deploy-pages"]


def test_every_action_is_pinned_to_a_commit_with_its_tag_in_a_comment():
    uses = re.findall(r"uses: (\S+)(.*)", WORKFLOW_TEXT)
    assert len(uses) == 4
    for action, comment in uses:
        assert re.fullmatch(r"actions/[\w-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r"\s+# v\d+\.\d+\.\d+", comment), f"{action}: say which tag the commit is"


def test_checkout_keeps_no_credentials():
    (checkout,) = [s for s in WORKFLOW["jobs"]["build"]["steps"] if s.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["persist-credentials"] is False


def test_every_locked_package_is_pinned_with_hashes():
    entries = re.split(r"\n(?=\S)", "\n".join(line for line in LOCK.splitlines() if not line.startswith("#")).strip())
    assert len(entries) > 50
    for entry in entries:
        first = entry.splitlines()[0]
        assert re.fullmatch(r"[\w.\-]+==[\w.+!\-]+ \\", first), first
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", entry), f"{first}: no hash"
    assert re.search(r"^setuptools==", LOCK, re.M), "the package is built with the locked setuptools"
    assert "file://" not in LOCK and "--extra-index-url" not in LOCK, "no machine's own index in the lock"


def test_the_install_step_pins_pip_and_requires_hashes():
    install = MAKEFILE[MAKEFILE.index("$(INSTALLED): requirements.lock") : MAKEFILE.index("touch $@")]
    assert re.search(r"^PIP_VERSION := \d+(\.\d+)+$", MAKEFILE, re.M)
    assert "pip install --quiet pip==$(PIP_VERSION)" in install and "--upgrade pip" not in install
    assert "--require-hashes -r requirements.lock" in install
    assert "--no-deps --no-build-isolation -e ." in install


def test_make_lock_writes_hashes_with_a_pinned_pip_tools():
    lock = MAKEFILE[MAKEFILE.index("\nlock:") : MAKEFILE.index("\nclean:")]
    assert re.search(r"^PIP_TOOLS_VERSION := \d+(\.\d+)+$", MAKEFILE, re.M)
    assert "pip-tools==$(PIP_TOOLS_VERSION)" in lock and "pip freeze" not in lock
    assert "--generate-hashes" in MAKEFILE and "--no-emit-index-url" in MAKEFILE

"""The GitHub Pages workflow publishes what `make book` builds, and nothing else."""

from __future__ import annotations

import yaml

from sse_course.book.toc import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def test_pages_workflow_builds_with_make_book_and_uploads_the_html():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert "make book" in runs, "publish exactly what the README's build command makes"
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_build/html"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["steps"][0]["uses"].startswith("actions/deploy-pages")
    # yaml reads the key "on" as True
    assert workflow[True]["push"]["branches"] == ["main"]

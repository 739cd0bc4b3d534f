"""Run Lighthouse (npm ``lighthouse``, pinned in package.json) on a page, in its default mobile
preset (simulated slow 4G, 4x slower CPU), driving Debian's Chromium, and read the figures the
budgets are about."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sse_course.devtools.browser import chromium_path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"


class LighthouseMissing(RuntimeError):
    pass


@dataclass
class Scores:
    url: str
    performance: int
    accessibility: int
    first_contentful_paint_ms: float
    total_blocking_time_ms: float
    cumulative_layout_shift: float
    failed_accessibility_audits: list[str]


def run_lighthouse(url: str, timeout: float = 240) -> Scores:
    if not LIGHTHOUSE.is_file():
        raise LighthouseMissing(f"{LIGHTHOUSE} is missing: run `npm ci` (make test and make bench do).")
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking",
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env={**os.environ, "CHROME_PATH": chromium_path()}
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-3000:]}")
    report = json.loads(result.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not load {url}: {report['runtimeError']}")
    audits, categories = report["audits"], report["categories"]
    failed = [
        audit_id
        for audit_id in (ref["id"] for ref in categories["accessibility"]["auditRefs"])
        if audits[audit_id].get("score") == 0
    ]
    return Scores(
        url=url,
        performance=round(100 * (categories["performance"]["score"] or 0)),
        accessibility=round(100 * (categories["accessibility"]["score"] or 0)),
        first_contentful_paint_ms=audits["first-contentful-paint"]["numericValue"],
        total_blocking_time_ms=audits["total-blocking-time"]["numericValue"],
        cumulative_layout_shift=audits["cumulative-layout-shift"]["numericValue"],
        failed_accessibility_audits=failed,
    )

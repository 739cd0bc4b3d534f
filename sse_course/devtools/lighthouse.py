"""Run Lighthouse (npm ``lighthouse``, pinned in package.json) on a page, in its default mobile
preset (simulated slow 4G, a mid-tier phone's CPU), driving Debian's Chromium, and read the
figures the budgets are about.

The CPU slowdown is calibrated from the run's own ``benchmarkIndex``, as Lighthouse's
documentation asks on a host that is not a fast desktop ("Calibrating the CPU slowdown",
docs/throttling.md in the Lighthouse repository). Lighthouse's fixed 4x turns a fast desktop
(index 1500-2000) into the mid-tier phone it simulates; on a slower or busy host the same 4x
simulates a much slower phone, so a page's blocking time grew with the machine's load. Each run
is therefore made in two steps: Lighthouse loads the page once, unthrottled, and saves what it
saw (``-G``, gather mode; its benchmark of this host runs first, in the same Chromium); then it
computes the metrics (``-A``, audit mode) with the slowdown Lighthouse's calculator gives for
that benchmark (``calibrated_slowdown``). With simulated throttling the slowdown is only used
when the metrics are computed, so nothing is loaded twice.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sse_course.devtools.browser import chromium_path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
CATEGORIES = "--only-categories=performance,accessibility"
# Below this index Lighthouse's calculator says the host is too slow to emulate the phone.
SLOWEST_HOST_INDEX = 150


class LighthouseMissing(RuntimeError):
    pass


class HostTooSlow(RuntimeError):
    """The host was too busy, at the moment Lighthouse benchmarked it, to stand for a phone."""


@dataclass
class Scores:
    url: str
    performance: int
    accessibility: int
    first_contentful_paint_ms: float
    total_blocking_time_ms: float
    cumulative_layout_shift: float
    failed_accessibility_audits: list[str]
    benchmark_index: float = 0.0
    cpu_slowdown: float = 4.0


def calibrated_slowdown(benchmark_index: float) -> float:
    """The CPU slowdown that makes a host with this ``benchmarkIndex`` stand for Lighthouse's
    mid-tier phone: the piecewise-linear rule of Lighthouse's CPU throttling calculator
    (1533 -> 4x, 1300 -> 3x, 800 -> 2x, 150 -> 1x), linked from its throttling docs."""
    if benchmark_index >= 1300:
        return 3 + (benchmark_index - 1300) / 233
    if benchmark_index >= 800:
        return 2 + (benchmark_index - 800) / 500
    if benchmark_index >= SLOWEST_HOST_INDEX:
        return 1 + (benchmark_index - SLOWEST_HOST_INDEX) / 650
    raise HostTooSlow(
        f"Lighthouse's benchmark of this machine is {benchmark_index:.0f} (under {SLOWEST_HOST_INDEX}): "
        "too busy to simulate a phone; try again when it is quieter."
    )


def _lighthouse(arguments: list[str], timeout: float) -> subprocess.CompletedProcess:
    if not LIGHTHOUSE.is_file():
        raise LighthouseMissing(f"{LIGHTHOUSE} is missing: run `npm ci` (make test and make bench do).")
    return subprocess.run(
        [str(LIGHTHOUSE), *arguments, "--quiet", CATEGORIES, CHROME_FLAGS],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "CHROME_PATH": chromium_path()},
    )


def run_lighthouse(url: str, timeout: float = 240) -> Scores:
    with tempfile.TemporaryDirectory(prefix="sse-lighthouse-") as saved:
        gathered = _lighthouse([url, f"-G={saved}"], timeout)
        artifacts_file = Path(saved) / "artifacts.json"
        if gathered.returncode != 0 or not artifacts_file.is_file():
            raise RuntimeError(f"Lighthouse could not load {url}:\n{gathered.stderr[-3000:]}")
        artifacts = json.loads(artifacts_file.read_text(encoding="utf-8"))
        slowdown = round(calibrated_slowdown(artifacts["BenchmarkIndex"]), 2)
        # The audit step refuses settings that differ from the gathering's; the slowdown is the
        # one setting changed, and with simulated throttling the gathering did not use it.
        artifacts["settings"]["throttling"]["cpuSlowdownMultiplier"] = slowdown
        artifacts_file.write_text(json.dumps(artifacts), encoding="utf-8")
        audited = _lighthouse(
            [
                url,
                f"-A={saved}",
                f"--throttling.cpuSlowdownMultiplier={slowdown}",
                "--output=json",
                "--output-path=stdout",
            ],
            timeout,
        )
    if audited.returncode != 0 or not audited.stdout.strip():
        raise RuntimeError(f"Lighthouse failed on {url}:\n{audited.stderr[-3000:]}")
    report = json.loads(audited.stdout)
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
        benchmark_index=report["environment"]["benchmarkIndex"],
        cpu_slowdown=report["configSettings"]["throttling"]["cpuSlowdownMultiplier"],
    )

"""``make bench``: how fast the book builds and how light its pages are, measured here.

Prints, and writes to reports/bench.md:
- clean build time (no _build, every notebook executed) and cached rebuild time;
- execution time of each notebook (run alone with nbclient);
- per page: bytes the browser loads (raw and gzip) and requests to other hosts;
- per page: new bytes for the next page with a warm cache, and Lighthouse's mobile figures on
  every chapter, case study and exercise (devtools/light_bench.py, budgets in light/budgets.py).
"""

from __future__ import annotations

import shutil
import sys
import time

import nbformat
from nbclient import NotebookClient

from sse_course.book.toc import ROOT, toc_pages
from sse_course.build.command import build_book
from sse_course.devtools.light_bench import light_report
from sse_course.light.budgets import FIRST_VISIT_GZIP_BYTES

# The bench builds from nothing in a folder of its own, so that it never deletes the book,
# the handouts, the Moodle files or the zip in _build.
BENCH_DIR = ROOT / "_build" / "bench"
HTML = BENCH_DIR / "_build" / "html"
BUDGET_KIB = FIRST_VISIT_GZIP_BYTES // 1024
BUILD_BUDGET_S = 60


def timed_build() -> float:
    start = time.perf_counter()
    result = build_book(ROOT, "--path-output", str(BENCH_DIR))
    if result.returncode != 0:
        sys.exit("The book does not build:\n" + (result.stdout + result.stderr)[-4000:])
    return time.perf_counter() - start


def notebook_times() -> list[tuple[str, float]]:
    times = []
    for path in sorted([*ROOT.glob("notebooks/*.ipynb"), *ROOT.glob("exercises/*.ipynb")]):
        notebook = nbformat.read(path, as_version=4)
        start = time.perf_counter()
        NotebookClient(notebook, timeout=300, resources={"metadata": {"path": str(path.parent)}}).execute()
        times.append((str(path.relative_to(ROOT)), time.perf_counter() - start))
    return times


def page_weights() -> list[tuple[str, int, int, int, int]]:
    from playwright.sync_api import sync_playwright

    from sse_course.devtools.browser import launch, measure, serve

    rows = []
    with sync_playwright() as playwright, launch(playwright) as browser, serve(HTML) as base:
        for page in toc_pages():
            load = measure(browser, f"{base}{page}.html")
            rows.append((page, load.raw_bytes, load.gzip_bytes, len(load.files), len(load.other_hosts)))
    return rows


def main() -> None:
    shutil.rmtree(BENCH_DIR, ignore_errors=True)
    clean = timed_build()
    cached = timed_build()
    lines = [
        "# Bench report",
        "",
        f"- Clean build (every notebook executed): **{clean:.1f} s** (budget {BUILD_BUDGET_S} s)",
        f"- Cached rebuild (nothing changed): **{cached:.1f} s**",
        "",
        "## Notebook execution",
        "",
        "| notebook | seconds |",
        "|---|---:|",
        *(f"| {name} | {seconds:.1f} |" for name, seconds in notebook_times()),
        "",
        f"## Page weight (budget {BUDGET_KIB} KiB gzip; 360 px viewport, everything the page fetches)",
        "",
        "| page | raw KiB | gzip KiB | files | requests to other hosts |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {page} | {raw / 1024:.0f} | {packed / 1024:.0f} | {files} | {other} |"
            for page, raw, packed, files, other in page_weights()
        ),
    ]
    light_lines, over_budget = light_report(HTML, toc_pages())
    report = "\n".join([*lines, "", *light_lines]) + "\n"
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.md").write_text(report, encoding="utf-8")
    print(report)
    if over_budget:
        sys.exit(f"{len(over_budget)} pages miss the Lighthouse budget: {', '.join(over_budget)}")


if __name__ == "__main__":
    main()

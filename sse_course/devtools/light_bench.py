"""The light-page tables of ``make bench``: next page with a warm cache, and Lighthouse's
mobile preset on every chapter, case study and exercise, served with gzip from 127.0.0.1."""

from __future__ import annotations

import sys
from pathlib import Path

from sse_course.devtools.gzip_server import serve_gzip
from sse_course.devtools.page_budgets import lighthouse_pages, lighthouse_verdict, next_page_new_bytes, read_in_order
from sse_course.light import budgets


def light_report(html_dir: Path, pages: list[str]) -> tuple[list[str], list[str]]:
    """The tables, and the pages that miss a Lighthouse budget."""
    from playwright.sync_api import sync_playwright

    from sse_course.devtools.browser import launch

    over_budget: list[str] = []
    lines = [
        f"## Next page with a warm cache (budget {budgets.NEXT_PAGE_NEW_GZIP_BYTES // 1024} KiB new bytes)",
        "",
        "| from | to | new KiB (gzip, as sent) |",
        "|---|---|---:|",
    ]
    with serve_gzip(html_dir) as base:
        with sync_playwright() as playwright, launch(playwright) as browser:
            reads = read_in_order(browser, [f"{base}{page}.html" for page in pages])
            for first, following, previous, read in zip(pages, pages[1:], reads, reads[1:], strict=False):
                size, _ = next_page_new_bytes(previous, read)
                lines.append(f"| {first} | {following} | {size / 1024:.1f} |")
        lines += [
            "",
            f"## Lighthouse, mobile preset (budget: performance ≥ {budgets.LIGHTHOUSE_PERFORMANCE}, "
            f"accessibility {budgets.LIGHTHOUSE_ACCESSIBILITY}, FCP ≤ {budgets.FIRST_CONTENTFUL_PAINT_MS} ms, "
            f"TBT ≤ {budgets.TOTAL_BLOCKING_TIME_MS} ms, CLS ≤ {budgets.CUMULATIVE_LAYOUT_SHIFT})",
            "",
            "Best of up to 3 runs per page. The CPU slowdown is calibrated from Lighthouse's benchmark of",
            "this machine in the same run (devtools/lighthouse.py); the performance score and blocking time",
            "still follow the machine's load, so run the bench on a quiet machine.",
            "",
            "| page | performance | accessibility | FCP ms | TBT ms | CLS | benchmark index | CPU slowdown | runs | within budget |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for page in lighthouse_pages(pages):
            print(f"lighthouse {page} ...", file=sys.stderr, flush=True)
            verdict = lighthouse_verdict(f"{base}{page}.html")
            s = verdict.scores
            if verdict.problems:
                over_budget.append(page)
            lines.append(
                f"| {page} | {s.performance} | {s.accessibility} | {s.first_contentful_paint_ms:.0f} | "
                f"{s.total_blocking_time_ms:.0f} | {s.cumulative_layout_shift:.3f} | {s.benchmark_index:.0f} | "
                f"{s.cpu_slowdown}x | {verdict.runs} | "
                f"{'yes' if not verdict.problems else 'NO: ' + '; '.join(verdict.problems)} |"
            )
    return lines, over_budget

"""Nothing moves when a page's scripts start (issue 14: no layout shift above 0.02).

The quizzes, exercises and the My progress and certificate pages are drawn before their scripts
run; when the certificate's script filled an empty box and hid the "turn on JavaScript" line,
what was under them jumped (0.31 in Lighthouse). Lighthouse runs in ``make test`` on the heaviest
page of each kind only, so this test measures the pages whose scripts change what is shown, in
Chromium's own record of layout shifts, on a 360 px phone and a 1280 px laptop, in English and in
an edition in another language. A quiz and an exercise are far down their pages, so they are
opened at their anchor, as a link to them (or the page's table of contents) opens them.
"""

from __future__ import annotations

import pytest

from sse_course.light.budgets import CUMULATIVE_LAYOUT_SHIFT

from .conftest import EDITIONS

pytestmark = [pytest.mark.build, pytest.mark.browser]

PAGES = [
    "book/certificate.html",
    "book/my-progress.html",
    "book/what-is-sse.html#sse-quiz-what-is-sse",
    "exercises/is-it-sse.html#sse-ex-is-it-sse-IS_IT_SSE",
]
SCREENS = {
    "phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
    "laptop": {"viewport": {"width": 1280, "height": 800}},
}
# Every shift from the start of the page, with what moved. Mobile emulation marks each shift as
# coming after an input (hadRecentInput), so the test counts them all; it gives no input itself.
RECORD_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({value: entry.value, moved: (entry.sources || []).map((source) => {
      const node = source.node;
      return node && node.nodeType === 1 ? node.tagName.toLowerCase() + "." + [...node.classList].join(".") : "?";
    })});
  }
}).observe({type: "layout-shift", buffered: true});
"""
# The page's own scripts have started (or given up) on every quiz, task and progress page, and
# two frames have been drawn since.
SETTLED = """
() => [...document.querySelectorAll(".sse-quiz, .sse-exercise, [data-sse-progress-page]")]
  .every((el) => el.classList.contains("is-ready") || el.classList.contains("is-broken"))
"""


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("folder", ["", f"{EDITIONS[0].tag}/"], ids=["en", EDITIONS[0].tag])
def test_nothing_moves_when_the_scripts_start(browser, site, screen, folder):
    context = browser.new_context(service_workers="block", **SCREENS[screen])
    page = context.new_page()
    page.add_init_script(RECORD_SHIFTS)
    over = {}
    for path in PAGES:
        page.goto(site + folder + path)
        page.wait_for_function(SETTLED)
        assert page.locator(".sse-quiz, .sse-exercise, [data-sse-progress-page]").count(), path
        assert page.locator(".is-broken").count() == 0, f"{path}: a script did not start"
        page.evaluate("() => document.fonts.ready")
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        shifts = page.evaluate("window.__shifts")
        total = sum(shift["value"] for shift in shifts)
        if total > CUMULATIVE_LAYOUT_SHIFT:
            moved = sorted({name for shift in shifts for name in shift["moved"]})
            over[path] = f"{total:.3f} ({', '.join(moved)})"
    context.close()
    assert not over, f"layout shift above {CUMULATIVE_LAYOUT_SHIFT} at {screen} width: {over}"

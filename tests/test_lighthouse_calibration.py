"""The Lighthouse gate's arithmetic (sse_course/devtools/lighthouse.py, page_budgets.py), without
running Lighthouse: the CPU slowdown follows Lighthouse's calculator, and a verdict keeps the
load-independent figures (gated in make test) apart from the speed figures (make bench)."""

from __future__ import annotations

import pytest

from sse_course.devtools.lighthouse import HostTooSlow, Scores, calibrated_slowdown
from sse_course.devtools.page_budgets import Verdict


@pytest.mark.parametrize(
    "benchmark_index, slowdown",
    # Lighthouse's calculator: a fast desktop gets the default 4x, slower hosts less.
    [(2000, 6.0), (1533, 4.0), (1300, 3.0), (1050, 2.5), (800, 2.0), (475, 1.5), (150, 1.0)],
)
def test_the_cpu_slowdown_follows_lighthouses_calculator(benchmark_index, slowdown):
    assert calibrated_slowdown(benchmark_index) == pytest.approx(slowdown, abs=0.01)


def test_a_host_too_busy_to_stand_for_a_phone_is_an_error_not_a_score():
    with pytest.raises(HostTooSlow, match="too busy"):
        calibrated_slowdown(120)


def scores(**changes) -> Scores:
    good = dict(
        url="http://127.0.0.1/book/tensions.html",
        performance=99,
        accessibility=100,
        first_contentful_paint_ms=900.0,
        total_blocking_time_ms=10.0,
        cumulative_layout_shift=0.0,
        failed_accessibility_audits=[],
    )
    return Scores(**{**good, **changes})


def test_a_slow_run_is_a_speed_problem_only():
    verdict = Verdict(scores(performance=86, total_blocking_time_ms=523.0), runs=1)
    assert verdict.steady_problems == []
    assert verdict.speed_problems == ["performance 86 < 98", "total blocking time 523 ms"]


def test_accessibility_layout_shift_and_first_paint_are_steady_problems():
    verdict = Verdict(
        scores(
            accessibility=92,
            failed_accessibility_audits=["color-contrast"],
            cumulative_layout_shift=0.1,
            first_contentful_paint_ms=1800.0,
        ),
        runs=3,
    )
    assert verdict.steady_problems == [
        "accessibility 92 (color-contrast)",
        "layout shift 0.100",
        "first contentful paint 1800 ms",
    ]
    assert verdict.speed_problems == []

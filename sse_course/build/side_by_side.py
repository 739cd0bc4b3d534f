"""Builds that do not depend on each other, run side by side: one per core.

Each language's edition (and each learner edition) is a Sphinx process of its own, with its own
source copy, output folder and notebook-execution cache, so two cores build two of them at once.
On CI's two-core machine that halves the time of the editions, which is most of a build.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

Build = Callable[[], subprocess.CompletedProcess]


def cores() -> int:
    """The cores this process may use (not the host's count, which a container may hide)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def run_side_by_side(builds: Sequence[Build], show_output: bool = False) -> list[subprocess.CompletedProcess]:
    """Run every build (each captures its own output), at most one per core, and return their
    results in the order given. With ``show_output``, each build's output is printed whole when
    it ends, so two builds' lines never interleave."""
    printing = threading.Lock()

    def run(build: Build) -> subprocess.CompletedProcess:
        result = build()
        if show_output:
            with printing:
                sys.stdout.write(result.stdout or "")
                sys.stderr.write(result.stderr or "")
                sys.stdout.flush()
        return result

    if not builds:
        return []
    with ThreadPoolExecutor(max_workers=min(len(builds), cores())) as pool:
        return list(pool.map(run, builds))


def first_failure(results: Sequence[subprocess.CompletedProcess]) -> subprocess.CompletedProcess | None:
    return next((result for result in results if result.returncode != 0), None)

"""The editions' builds run side by side (sse_course/build/side_by_side.py)."""

from __future__ import annotations

import subprocess
import threading

from sse_course.build import side_by_side
from sse_course.build.side_by_side import first_failure, run_side_by_side


def done(code: int, out: str = "") -> subprocess.CompletedProcess:
    return subprocess.CompletedProcess(["build"], code, stdout=out, stderr="")


def test_two_builds_run_at_once_on_two_cores_and_come_back_in_order(monkeypatch):
    monkeypatch.setattr(side_by_side, "cores", lambda: 2)
    both_started = threading.Barrier(2, timeout=10)  # broken (an error) if the builds ran one after the other

    def build(name: str):
        def run() -> subprocess.CompletedProcess:
            both_started.wait()
            return done(0, name)

        return run

    assert [result.stdout for result in run_side_by_side([build("pt-BR"), build("es")])] == ["pt-BR", "es"]


def test_one_core_builds_one_at_a_time(monkeypatch):
    monkeypatch.setattr(side_by_side, "cores", lambda: 1)
    running, most = [0], [0]
    lock = threading.Lock()

    def build() -> subprocess.CompletedProcess:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        threading.Event().wait(0.05)
        with lock:
            running[0] -= 1
        return done(0)

    run_side_by_side([build, build, build])
    assert most[0] == 1


def test_each_builds_output_is_printed_whole(capsys):
    run_side_by_side([lambda: done(0, "first line\nsecond line\n"), lambda: done(0, "other\n")], show_output=True)
    out = capsys.readouterr().out
    assert "first line\nsecond line\n" in out and "other\n" in out


def test_the_first_failure_is_the_result(monkeypatch):
    assert first_failure([done(0), done(2, "es"), done(1, "fr")]).stdout == "es"
    assert first_failure([done(0), done(0)]) is None
    assert run_side_by_side([]) == []

"""A build runs the notebooks again when the course package changed since their outputs were
cached (sse_course/build/execution_cache.py): an unchanged notebook's cached output would show
what the old package printed."""

from __future__ import annotations

from sse_course.build import execution_cache
from sse_course.build.execution_cache import CACHE, drop_if_stale, stamp


def _package(tmp_path):
    package = tmp_path / "package"
    (package / "locales").mkdir(parents=True)
    (package / "models.py").write_text("RULE = 'R$1.000'\n", encoding="utf-8")
    (package / "locales" / "es.mo").write_bytes(b"\x00catalogue")
    return package


def test_a_cache_made_with_the_same_package_is_kept(tmp_path):
    package, output = _package(tmp_path), tmp_path / "book"
    (output / CACHE).mkdir(parents=True)
    stamp(output, package)
    assert not drop_if_stale(output, package) and (output / CACHE).is_dir()


def test_a_change_to_the_code_or_a_catalogue_drops_the_cache(tmp_path):
    package, output = _package(tmp_path), tmp_path / "book"
    for change in (package / "models.py", package / "locales" / "es.mo"):
        (output / CACHE / "executed").mkdir(parents=True)
        stamp(output, package)
        change.write_bytes(change.read_bytes() + b"#")
        assert drop_if_stale(output, package) and not (output / CACHE).exists()


def test_a_cache_from_before_the_stamp_is_dropped_and_no_cache_is_no_work(tmp_path):
    package, output = _package(tmp_path), tmp_path / "book"
    assert not drop_if_stale(output, package)  # nothing cached yet
    (output / CACHE).mkdir(parents=True)
    assert drop_if_stale(output, package)


def test_python_caches_do_not_count(tmp_path):
    package = _package(tmp_path)
    before = execution_cache.package_fingerprint(package)
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "models.cpython-311.pyc").write_bytes(b"compiled")
    assert execution_cache.package_fingerprint(package) == before

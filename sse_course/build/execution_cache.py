"""The notebooks' execution cache is dropped when the course package changes.

Jupyter Book re-runs a notebook only when its code changes (``execute_notebooks: cache``), but
what a case study's cells print comes from the package (the models, the number forms, the
compiled catalogues): after a change there, a build kept the old outputs, e.g. a Spanish page
still wrote ``1000 R$`` a stop after the rule became ``R$1.000``. A clean clone (CI) has no cache,
so only a developer's or a trainer's rebuild showed this.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import sse_course

PACKAGE = Path(sse_course.__file__).resolve().parent
#: Jupyter Book's cache folder, under the build's output folder.
CACHE = Path("_build") / ".jupyter_cache"
#: The package's fingerprint the cache's outputs were made with, kept in the cache folder.
STAMP = "sse-course-package.sha256"


def package_fingerprint(package: Path = PACKAGE) -> str:
    """A hash of every file of the package (code, data, compiled catalogues), by path and content."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def drop_if_stale(output: Path, package: Path = PACKAGE) -> bool:
    """Remove ``output``'s execution cache if it was made with another package; True if removed."""
    cache = output / CACHE
    stamp = cache / STAMP
    if not cache.is_dir() or (stamp.is_file() and stamp.read_text("utf-8") == package_fingerprint(package)):
        return False
    shutil.rmtree(cache)
    return True


def stamp(output: Path, package: Path = PACKAGE) -> None:
    """Record that ``output``'s cache was made with the package as it is now (after a build)."""
    cache = output / CACHE
    if cache.is_dir():
        (cache / STAMP).write_text(package_fingerprint(package), encoding="utf-8")

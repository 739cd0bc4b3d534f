"""The wheels of the in-browser kernel that no registry has as a pure-Python wheel, written here.

- The course package itself (``sse_course``), from this checkout.
- PyYAML's pure-Python part: PyYAML publishes compiled wheels only, and its Python code works
  on its own (``yaml/__init__.py`` falls back from the C parser when ``_yaml`` is missing). It is
  packed from the PyYAML that ``requirements.lock`` installed, so the version is the pinned one.
- A stand-in for jedi: jupyterlite-pyodide-kernel installs jedi (tab completion, 1.6 MB) unless
  a package called ``jedi`` is preloaded. The stand-in, named ``jedi`` in the site's
  ``pyodide-lock.json``, holds no Python module, so IPython finds no jedi and completes without it.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import zipfile
from pathlib import Path

from sse_course.book.toc import ROOT

SKIP_DIRS = {"__pycache__", ".ipynb_checkpoints"}
# The translators' catalogues: the kernel reads their compiled .mo files, not the PO sources
# (1.2 MB gzip that every learner would download for nothing).
SKIP_SUFFIXES = {".pyc", ".po", ".pot"}


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def write_wheel(folder: Path, name: str, version: str, files: dict[str, bytes], summary: str) -> Path:
    """A ``py3-none-any`` wheel of ``files`` (archive name -> content), with its metadata and RECORD.
    The zip entries are sorted and dated 1980, so the same files give the same wheel."""
    dist = name.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    files = dict(sorted(files.items()))
    files[f"{info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: {summary}\n"
    ).encode()
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: sse_course.lite\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = [_record_line(path, data) for path, data in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    path = Path(folder) / f"{dist}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for entry, data in files.items():
            archive.writestr(
                zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
                compresslevel=9,
            )
    return path


def course_wheel(folder: Path, root: Path = ROOT) -> Path:
    """The course package (every file of ``sse_course/`` but caches and PO sources) as a wheel."""
    package = root / "sse_course"
    files = {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(package.rglob("*"))
        if path.is_file()
        and not SKIP_DIRS.intersection(path.relative_to(root).parts)
        and path.suffix not in SKIP_SUFFIXES
    }
    version = importlib.metadata.version("sse-course")
    return write_wheel(folder, "sse-course", version, files, "The course's quizzes, models and explorers")


def pure_pyyaml_wheel(folder: Path) -> Path:
    """PyYAML's Python modules (``yaml/*.py``), without the compiled ``_yaml`` extension."""
    dist = importlib.metadata.distribution("PyYAML")
    files = {
        str(item): Path(str(dist.locate_file(item))).read_bytes()
        for item in dist.files or ()
        if str(item).startswith("yaml/") and str(item).endswith(".py")
    }
    if "yaml/__init__.py" not in files:
        raise RuntimeError("PyYAML's Python files were not found in this environment: run make venv")
    return write_wheel(folder, "PyYAML", dist.version, files, "YAML parser (pure-Python part of PyYAML)")


def installed_wheel(folder: Path, distribution: str) -> Path:
    """A wheel of a pure-Python package as installed here (the version requirements.lock pins)."""
    dist = importlib.metadata.distribution(distribution)
    files = {
        str(item): Path(str(dist.locate_file(item))).read_bytes()
        for item in dist.files or ()
        if str(item).endswith(".py") and ".dist-info/" not in str(item) and not str(item).startswith("..")
    }
    return write_wheel(folder, distribution, dist.version, files, dist.metadata["Summary"] or distribution)


def no_jedi_wheel(folder: Path) -> Path:
    """An empty wheel that stands in for jedi (see the module's docstring)."""
    return write_wheel(
        folder,
        "sse-lite-no-jedi",
        "1.0",
        {},
        "Stands in for jedi in the course's in-browser kernel: no tab completion, 1.6 MB less to download",
    )

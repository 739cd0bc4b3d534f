"""Build the in-browser notebooks: a JupyterLite site whose every file is local.

    python -m sse_course.lite.build [OUT]      (default: _build/html/lite; `make book` runs it)

The site has every case-study notebook and every exercise (solutions and learner versions) and
runs them with Pyodide (Python compiled to WebAssembly) in the learner's browser: no Python to
install, and, once the page is served (``make workshop``), no internet. What it is made of:

- JupyterLab and Jupyter Notebook's JavaScript, from ``jupyterlite-core`` (requirements.lock),
  with two extensions only: the Pyodide kernel and the widgets manager;
- Pyodide's core (the interpreter and the standard library) from the npm ``pyodide`` package
  (package.json), in ``static/pyodide/``;
- the kernel's Python packages, all preloaded when the kernel starts, from one
  ``static/pyodide/pyodide-lock.json`` that lists only them, with their sha256: the kernel's own
  wheels (from jupyterlite-pyodide-kernel), the pure-Python wheels pinned in
  ``kernel-requirements.txt`` (downloaded by ``make venv``), and the wheels written by
  ``wheels.py`` (the course package, PyYAML's pure-Python part, the jedi stand-in).

``disablePyPIFallback`` is on, and nothing is installed at run time, so the site never asks
another host for anything (tests/test_lite.py blocks every other host and runs each notebook).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from sse_course.book.toc import ROOT
from sse_course.lite import wheels
from sse_course.lite.notebooks import site_copy

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = ROOT / "_build" / "html" / "lite"
VENV = Path(sys.prefix)
KERNEL_WHEELS = VENV / "lite-wheels"  # filled by `make venv` from kernel-requirements.txt
LABEXTENSIONS = VENV / "share" / "jupyter" / "labextensions"
# The front-end extensions the site needs; any other extension installed in the environment
# (jupyterlab-myst, say, 8 MB) stays out of it.
EXTENSIONS = ("@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager")
KERNEL_EXTENSION_WHEELS = LABEXTENSIONS / "@jupyterlite" / "pyodide-kernel-extension" / "static" / "pypi"
# Pyodide's core: what loadPyodide fetches before any package.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
# Jupyter Notebook's tab icon plugin shows the kernel's state in the tab's icon, with two icons it
# asks for under the site's static/favicons/ but that jupyterlite-core does not ship (a 404 at
# every change of state). They are Jupyter Notebook's own icons, from jupyter-server's package
# (requirements.lock pins it), where a real Jupyter server serves them from.
FAVICONS = ("favicon-notebook.ico", "favicon-busy-1.ico")
# Jupyter Notebook's one-document view for learners (the button opens it); JupyterLab for
# those who want files side by side.
APPS = ("notebooks", "lab", "tree")
# The folders of the repository that the site offers, with the same paths as in the repository.
CONTENTS = ("notebooks", "exercises")
CONTENT_SUFFIXES = {".ipynb", ".svg", ".png", ".jpg"}


class LiteBuildError(RuntimeError):
    pass


def notebook_url(path: str) -> str:
    """Where the site opens the repository's notebook ``path`` (``notebooks/atemdo.ipynb``),
    relative to the site's folder."""
    return f"notebooks/index.html?path={path}"


def _contents(root: Path, into: Path) -> list[str]:
    """Copy the notebooks (with plain Markdown: ``notebooks.py``), exercises and their figures
    into ``into``; return the notebooks' paths."""
    notebooks = []
    for folder in CONTENTS:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root)
            if path.suffix not in CONTENT_SUFFIXES or wheels.SKIP_DIRS.intersection(relative.parts):
                continue
            (into / relative).parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".ipynb":
                (into / relative).write_text(site_copy(path), encoding="utf-8")
                notebooks.append(relative.as_posix())
            else:
                shutil.copyfile(path, into / relative)
    return notebooks


def _kernel_wheels(folder: Path, root: Path) -> list[Path]:
    """Every wheel the kernel loads, gathered in ``folder``."""
    pinned = sorted(KERNEL_WHEELS.glob("*.whl"))
    expected = [
        line.split("==")[0]
        for line in (HERE / "kernel-requirements.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    names = {_dist_name(p) for p in pinned}
    missing = [name for name in expected if _normal(name) not in names]
    if missing:
        raise LiteBuildError(
            f"{KERNEL_WHEELS} lacks {', '.join(missing)}: run make venv "
            "(it downloads the wheels in sse_course/lite/kernel-requirements.txt)"
        )
    shipped = [
        p for p in sorted(KERNEL_EXTENSION_WHEELS.glob("*.whl")) if not p.name.startswith("widgetsnbextension-3.")
    ]  # ipywidgets 8 goes with the 4.x shim
    if not shipped:
        raise LiteBuildError(f"No kernel wheels in {KERNEL_EXTENSION_WHEELS}: is jupyterlite-pyodide-kernel installed?")
    for path in pinned + shipped:
        shutil.copyfile(path, folder / path.name)
    made = [wheels.course_wheel(folder, root), wheels.pure_pyyaml_wheel(folder), wheels.no_jedi_wheel(folder)]
    return [folder / p.name for p in pinned + shipped] + made


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _dist_name(wheel: Path) -> str:
    return _normal(wheel.name.split("-")[0])


def _imports(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/")[0] for name in archive.namelist() if "/" in name and ".dist-info/" not in name}
    return sorted(top for top in tops if not top.endswith(".data"))


def pyodide_lock(wheel_files: list[Path]) -> dict:
    """A ``pyodide-lock.json`` listing only the course's kernel packages. The jedi stand-in is
    listed as ``jedi`` so that the kernel preloads it instead of installing jedi."""
    info = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    packages = {}
    for wheel in wheel_files:
        name = "jedi" if wheel.name.startswith("sse_lite_no_jedi-") else _dist_name(wheel)
        packages[name] = {
            "name": name,
            "version": wheel.name.split("-")[1],
            "file_name": wheel.name,
            "install_dir": "site",
            "package_type": "package",
            "imports": _imports(wheel),
            "depends": [],
            "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
            "unvendored_tests": False,
            "shared_library": False,
        }
    return {"info": info, "packages": dict(sorted(packages.items()))}


def site_settings(packages: list[str]) -> dict:
    """The site's ``jupyter-lite.json`` settings for the kernel: local Pyodide, every package
    preloaded from the local lock, and no fallback to PyPI."""
    return {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "SSE course notebooks",
            "disabledExtensions": ["@jupyterlite/application-extension:announcements"],
            "litePluginSettings": {
                "@jupyterlite/pyodide-kernel-extension:kernel": {
                    "pyodideUrl": "./static/pyodide/pyodide.mjs",
                    "disablePyPIFallback": True,
                    "pipliteUrls": [],
                    "loadPyodideOptions": {"packages": packages},
                },
            },
        },
    }


def _favicons(into: Path) -> None:
    import jupyter_server

    served = Path(jupyter_server.__file__).parent / "static" / "favicons"
    into.mkdir(parents=True, exist_ok=True)
    for name in FAVICONS:
        if not (served / name).is_file():
            raise LiteBuildError(f"{served / name} is missing: is jupyter-server installed (make venv)?")
        shutil.copyfile(served / name, into / name)


def build(out: Path = DEFAULT_OUT, root: Path = ROOT, quiet: bool = True) -> list[str]:
    """Build the site into ``out`` (replaced); return the notebooks' paths in it."""
    out = Path(out)
    for needed in PYODIDE_FILES:
        if not (PYODIDE_NPM / needed).is_file():
            raise LiteBuildError(f"{PYODIDE_NPM / needed} is missing: run npm ci (package.json pins pyodide)")
    with tempfile.TemporaryDirectory(prefix="sse-lite-") as temporary:
        work = Path(temporary)
        files, lite_dir, staged = work / "files", work / "lite", work / "site"
        files.mkdir()
        lite_dir.mkdir()
        notebooks = _contents(root, files)
        pyodide = staged / "static" / "pyodide"
        pyodide.mkdir(parents=True)
        wheel_files = _kernel_wheels(pyodide, root)
        lock = pyodide_lock(wheel_files)
        (pyodide / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
        for name in PYODIDE_FILES:
            shutil.copyfile(PYODIDE_NPM / name, pyodide / name)
        _favicons(staged / "static" / "favicons")
        (lite_dir / "jupyter-lite.json").write_text(
            json.dumps(site_settings(sorted(lock["packages"]))), encoding="utf-8"
        )
        command = [
            str(VENV / "bin" / "jupyter"),
            "lite",
            "build",
            "--lite-dir",
            str(lite_dir),
            "--contents",
            str(files),
            "--output-dir",
            str(staged / "build-out"),
            "--no-sourcemaps",
            "--no-unused-shared-packages",
            "--ignore-sys-prefix",
            *[f"--apps={app}" for app in APPS],
            *[f"--LiteBuildConfig.federated_extensions={LABEXTENSIONS / ext}" for ext in EXTENSIONS],
        ]
        result = subprocess.run(command, capture_output=True, text=True, cwd=work)
        if result.returncode != 0:
            raise LiteBuildError("jupyter lite build failed:\n" + (result.stdout + result.stderr)[-4000:])
        site = staged / "build-out"
        shutil.copytree(staged / "static", site / "static", dirs_exist_ok=True)
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(site), str(out))
    return notebooks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sse_course.lite.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        notebooks = build(args.out)
    except LiteBuildError as error:
        print(error, file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(
        f"In-browser notebooks: {len(notebooks)} notebooks in {args.out} ({size / 1024 / 1024:.0f} MB, "
        f"{time.perf_counter() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

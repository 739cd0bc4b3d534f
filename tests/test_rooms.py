"""The package's rooms keep to their rules: what runs in a kernel or in the build never imports
the developer tools, and the quiz's bank, grading, HTML and export work without ipywidgets."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

from sse_course.book.toc import ROOT

PACKAGE = ROOT / "sse_course"
DEVTOOLS = "sse_course.devtools"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module the file at ``path`` imports, relative imports made absolute."""
    package = _module_name(path.parent / "__init__.py").split(".")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return found


RUNTIME_MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "devtools" not in p.relative_to(PACKAGE).parts)


@pytest.mark.parametrize("path", RUNTIME_MODULES, ids=[_module_name(p) for p in RUNTIME_MODULES])
def test_no_kernel_or_build_module_imports_devtools(path):
    bad = sorted(name for name in _imports(path) if name.startswith(DEVTOOLS))
    assert not bad, f"{path.relative_to(ROOT)} imports developer tools: {bad}"


NOTEBOOKS = sorted(
    p
    for folder in ("notebooks", "exercises")
    for p in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.relative_to(ROOT).as_posix() for p in NOTEBOOKS])
def test_no_notebook_imports_devtools(path):
    cells = nbformat.read(path, as_version=4).cells
    bad = [c.source for c in cells if c.cell_type == "code" and DEVTOOLS in c.source]
    assert not bad, f"{path.name} runs developer tools in the kernel: {bad}"


def test_the_build_loads_no_developer_tool():
    """Importing every extension _config.yml names, and every room a notebook uses, loads nothing
    from devtools (a check at run time, besides the source check above)."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    ours = [name for name in config["sphinx"]["extra_extensions"] if name.startswith("sse_course")]
    assert ours, "_config.yml names no sse_course extension"
    modules = [
        *ours,
        "sse_course.build.static_renderer",
        "sse_course.quiz",
        "sse_course.cases",
        *(_module_name(p) for p in RUNTIME_MODULES if p.parent.name in {"apps", "models", "exercises"}),
    ]
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('sse_course'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert "sse_course.build.sphinx_ext" in loaded
    assert not [m for m in loaded if m.startswith(DEVTOOLS)]


KERNEL_FREE = """
import sys
sys.modules["ipywidgets"] = None  # as if ipywidgets were not installed
import tempfile
from pathlib import Path
from sse_course.quiz import load_bank, list_banks, render_bank_html
from sse_course.quiz.grading import grade
from sse_course.quiz.export import export
bank = load_bank("what-is-sse")
question = next(q for q in bank.questions if q.type == "true_false")
print(grade(question, question.answer).correct)
print("sse-quiz" in render_bank_html(bank, "en"))
print(len(export(Path(tempfile.mkdtemp()), [load_bank(b) for b in list_banks()])) > 2)
try:
    from sse_course.quiz import Quiz
except ImportError:
    print("no widget")
"""


def test_bank_grading_html_and_export_import_without_ipywidgets():
    result = subprocess.run([sys.executable, "-c", KERNEL_FREE], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "no", "widget"]

"""Figures that carry data (numbers, dates) are generated from source, never drawn by hand.

Each module in this package defines:

- ``OUTPUT``: the SVG file it writes, relative to the repository root (e.g. ``book/figures/x.svg``);
- ``svg() -> str``: the complete SVG text, built from data kept in the module with its citation.

``python -m sse_course.figures`` writes every figure; ``tests/test_figures.py`` fails when a
committed SVG differs from what its module generates, so the data and the picture never drift.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    """Every figure module of this package, by name."""
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
        if not info.name.startswith("_")
    ]

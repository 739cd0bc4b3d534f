"""A piece cut out of one of the theme's templates, checked: a new version of the theme that
changed the piece stops the build with a message, rather than publishing pages that silently
kept what the course meant to remove."""

from __future__ import annotations

import re
from pathlib import Path


def cut(pattern: re.Pattern[str], template: str, expected: int, source: Path, what: str, advice: str) -> str:
    """``template`` (the text of ``source``) without the ``expected`` matches of ``pattern``."""
    trimmed, found = pattern.subn("", template)
    if found != expected:
        raise RuntimeError(f"{source}: expected {what}, found {found}; the theme changed: {advice}")
    return trimmed

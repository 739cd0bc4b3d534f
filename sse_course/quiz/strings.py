"""The quiz interface's words, read from ``strings/<language>.yml``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

STRINGS_DIR = Path(__file__).resolve().parent / "strings"


@cache
def interface_strings(language: str = "en") -> dict[str, str]:
    """The strings for ``language``; words it has not translated yet fall back to English."""
    return read_strings(STRINGS_DIR, language)


def read_strings(directory: Path, language: str = "en") -> dict[str, str]:
    """``directory/<language>.yml`` over ``directory/en.yml``: words not translated yet stay English."""
    english = yaml.safe_load((directory / "en.yml").read_text(encoding="utf-8"))
    path = directory / f"{language}.yml"
    if language == "en" or not path.is_file():
        return dict(english)
    translated = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = set(translated) - set(english)
    if unknown:
        raise ValueError(f"{path.name}: unknown interface strings: {', '.join(sorted(unknown))}")
    return {**english, **translated}

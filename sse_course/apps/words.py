"""Amounts and lists in words, for the explorers' sentences: a sign said in words (never by
colour or a minus sign alone) and "a, b and c". Numbers and money themselves are formatted by
``sse_course.formatting``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sse_course.formatting import is_zero


def signed_words(
    amount: float,
    fmt: Callable[[float], str],
    positive: str = "surplus",
    negative: str = "loss",
    zero: str = "breaks even",
) -> str:
    """An amount whose sign is said in words, never by colour or a minus sign alone:
    ``surplus ₹1,000``, ``loss ₹1,000`` or ``₹0 (breaks even)``, with ``fmt`` the app's money
    format (no sign) and its own words if it likes."""
    text = fmt(amount)
    if is_zero(amount):
        return f"{text} ({zero})"
    return f"{positive} {text}" if amount > 0 else f"{negative} {text}"


def and_list(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``; with a comma before "and" if an item itself has "and"."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    comma = "," if any(" and " in w for w in words) else ""
    return f"{', '.join(words[:-1])}{comma} and {words[-1]}"

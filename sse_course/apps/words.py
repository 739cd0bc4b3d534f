"""Amounts and lists in words, for the explorers' sentences: a sign said in words (never by
colour or a minus sign alone) and "a, b and c", in the language the course speaks ("a, b e c",
"a, b y c", "a, b et c": each language's words are in its catalogue). Numbers and money
themselves are formatted by ``sse_course.formatting``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sse_course.formatting import is_zero
from sse_course.i18n.runtime import gettext as _
from sse_course.i18n.runtime import pgettext


def signed_words(
    amount: float,
    fmt: Callable[[float], str],
    positive: str | None = None,
    negative: str | None = None,
    zero: str | None = None,
) -> str:
    """An amount whose sign is said in words, never by colour or a minus sign alone:
    ``surplus ₹1,000``, ``loss ₹1,000`` or ``₹0 (breaks even)``, with ``fmt`` the app's money
    format (no sign). An app may give its own words (``positive="gain"``), put before the amount
    (or, for ``zero``, in brackets after it)."""
    text = fmt(amount)
    if is_zero(amount):
        return f"{text} ({zero})" if zero is not None else _("{amount} (breaks even)").format(amount=text)
    if amount > 0:
        return f"{positive} {text}" if positive is not None else _("surplus {amount}").format(amount=text)
    return f"{negative} {text}" if negative is not None else _("loss {amount}").format(amount=text)


def and_list(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``; with a comma before "and" if an item itself has "and"."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    conjunction = pgettext("the word between the last two items of a list: a, b and c", "and")
    items = ", ".join(words[:-1])
    if any(f" {conjunction} " in w for w in words):
        return _("{items}, and {last}").format(items=items, last=words[-1])
    return _("{items} and {last}").format(items=items, last=words[-1])

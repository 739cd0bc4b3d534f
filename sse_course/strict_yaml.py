"""Reading the course's data files (quiz banks, cases.yml): a YAML loader that refuses a key
written twice instead of silently keeping the last one, so an author's slip is an error, not lost
data, and one error type that lists every problem found.

Course data is plain text, numbers, true/false, lists and mappings, so the loader also refuses,
with the line, what only hostile or broken files hold: anchors and aliases (``&a``/``*a``: a
600-byte "alias bomb" expands to gigabytes), merge keys (``<<:``), keys that are not text,
nesting deeper than any course file needs, numbers too large to be real or not finite
(``.nan``, ``.inf``, ``1e400``), and control characters or lone surrogates in text (they break
the Moodle export and the page). A file that is not UTF-8 is refused the same way."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import yaml


class DataFileError(ValueError):
    """A course data file is malformed. ``problems`` lists every problem found, one line each,
    each naming the file and the field, so an author can fix them all in one go."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


MAX_DEPTH = 20  # a bank is 5 levels deep (questions, a question, options, an option, a field)
MAX_INTEGER = 10**15  # well past any count or amount in the course, and exact as a float
# Control characters other than tab and newline, and lone surrogates (from "\ud800" escapes).
BAD_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_Refused = yaml.constructor.ConstructorError
# One character a reader can see: text without one (only spaces, or only invisible characters such
# as zero-width spaces: a prompt of U+200B was an invisible question) counts as empty.
VISIBLE = (
    r"[^\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)


class StrictLoader(yaml.SafeLoader):
    """``yaml.load(text, Loader=StrictLoader)``: like ``safe_load``, but duplicate keys, anchors,
    aliases, merge keys, non-text keys, deep nesting, huge or non-finite numbers and control
    characters are errors (see the module's docstring)."""

    _depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(
                None,
                None,
                f"aliases (*{event.anchor}) are not allowed in course data: write the text out in full",
                event.start_mark,  # type: ignore[arg-type]  # the stubs type marks of the C parser apart
            )
        if getattr(event, "anchor", None) is not None:
            raise _Refused(
                None,
                None,
                f"anchors (&{event.anchor}) are not allowed in course data: write the text out in full",
                event.start_mark,
            )
        if self._depth >= MAX_DEPTH:
            raise _Refused(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _mapping_without_duplicates(loader: StrictLoader, node: yaml.MappingNode, deep=False):
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise _Refused(
                None,
                None,
                "merge keys (<<:) are not allowed in course data: write each field out in full",
                key_node.start_mark,
            )
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, str):
            shown = (
                "a mapping"
                if isinstance(key, dict)
                else "a list"
                if isinstance(key, list)
                else "~ (nothing)"
                if key is None
                else repr(key)
            )
            raise _Refused(
                None,
                None,
                f"the key {shown} is not text: field names are words "
                "(put numbers and ~ in quotes if you mean them as text)",
                key_node.start_mark,
            )
        if key in seen:
            raise _Refused(None, None, f"the key '{key}' appears twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


def _bounded_int(loader: StrictLoader, node: yaml.ScalarNode) -> int:
    digits = loader.construct_scalar(node)
    if len(digits) > 40:  # do not even read a huge integer
        raise _Refused(None, None, f"the number {digits[:20]}... is far too large", node.start_mark)
    value = yaml.SafeLoader.construct_yaml_int(loader, node)
    if abs(value) > MAX_INTEGER:
        raise _Refused(None, None, f"the number {value} is too large (at most {MAX_INTEGER:.0e})", node.start_mark)
    return value


def _finite_float(loader: StrictLoader, node: yaml.ScalarNode) -> float:
    value = yaml.SafeLoader.construct_yaml_float(loader, node)
    if not math.isfinite(value):
        raise _Refused(None, None, f"'{node.value}' is not a finite number", node.start_mark)
    return value


def _clean_text(loader: StrictLoader, node: yaml.ScalarNode) -> str:
    text = yaml.SafeLoader.construct_yaml_str(loader, node)
    bad = BAD_CHARACTERS.search(text)
    if bad:
        what = "half of a surrogate pair" if 0xD800 <= ord(bad.group()) <= 0xDFFF else "a control character"
        raise _Refused(
            None,
            None,
            f"the text holds U+{ord(bad.group()):04X}, {what} (often pasted from a "
            "word processor, or a broken \\u escape): delete it",
            node.start_mark,
        )
    return text


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)
StrictLoader.add_constructor("tag:yaml.org,2002:int", _bounded_int)
StrictLoader.add_constructor("tag:yaml.org,2002:float", _finite_float)
StrictLoader.add_constructor("tag:yaml.org,2002:str", _clean_text)


def read_data_file(path: Path, error: type[DataFileError]) -> Any:
    """Parse the YAML file at ``path`` strictly; a YAML mistake raises ``error`` naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error([f"{path.name}: not UTF-8 text (byte {exc.start}): save it as UTF-8"]) from exc
    try:
        return yaml.load(text, Loader=StrictLoader)
    except yaml.YAMLError as exc:
        raise error([f"{path.name}: not valid YAML: {exc}".replace("\n", " ")]) from exc
    except RecursionError as exc:
        raise error([f"{path.name}: not valid YAML: nested too deeply"]) from exc

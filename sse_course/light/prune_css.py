"""Cut each stylesheet of the built book to the rules its pages can use.

The theme ships about 400 KB of CSS (Bootstrap, every Font Awesome icon, every component) and
a page uses a small part of it. After the build, this step reads every built page and every
script the book ships, and keeps a rule only when each class and id its selector needs appears
in them. It is conservative, like PurgeCSS:

- a class a script may add (``classList.add("show")``) counts as used if the word appears in any
  shipped script, so menus, dropdowns and the theme switcher keep their styles;
- attribute selectors (dark mode is ``html[data-theme=dark]``), element selectors, ``:root``
  variables, ``@font-face``, ``@keyframes`` and every ``@media`` (print included) are kept, only
  the rules inside ``@media``/``@supports``/``@layer`` are cut the same way;
- anything inside ``:not()``, ``:is()``, ``:where()``, ``:has()`` is not required.

Sphinx does not overwrite a static file it copied before, so the full stylesheet is kept outside
the site (``originals``) and each build cuts from it again: a page that starts using a class in a
later, incremental build gets its rule back.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

CLASS_ATTR = re.compile(r'\bclass\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+))', re.I)
ID_ATTR = re.compile(r'\bid\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+))', re.I)
WORD = re.compile(r"[A-Za-z_][\w-]*")
SELECTOR_CLASS = re.compile(r"\.((?:[\w-]|\\.)+)")
SELECTOR_ID = re.compile(r"#((?:[\w-]|\\.)+)")
# At-rules whose block holds rules (cut inside); any other block (@font-face, @keyframes,
# @page, @property, @counter-style) is kept whole.
GROUPING_AT_RULES = ("@media", "@supports", "@layer", "@container", "@document", "@scope")
SKIPPED_DIRS = {"_sources", "_downloads", "lite", "_images"}


@dataclass
class UsedNames:
    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    script_words: set[str] = field(default_factory=set)

    def has_class(self, name: str) -> bool:
        return name in self.classes or name in self.script_words

    def has_id(self, name: str) -> bool:
        return name in self.ids or name in self.script_words


def _site_files(html_dir: Path, suffix: str):
    for path in sorted(html_dir.rglob(f"*{suffix}")):
        if not SKIPPED_DIRS.intersection(path.relative_to(html_dir).parts[:-1]):
            yield path


def used_names(html_dir: Path) -> UsedNames:
    """Every class and id in the built pages, and every word in the scripts they can load."""
    used = UsedNames()
    for page in _site_files(html_dir, ".html"):
        text = page.read_text(encoding="utf-8", errors="replace")
        for match in CLASS_ATTR.finditer(text):
            used.classes.update((match.group(1) or match.group(2) or match.group(3) or "").split())
        for match in ID_ATTR.finditer(text):
            used.ids.add(match.group(1) or match.group(2) or match.group(3) or "")
        # Inline scripts may add classes too.
        for script in re.findall(r"<script\b[^>]*>(.*?)</script>", text, re.S | re.I):
            used.script_words.update(WORD.findall(script))
    for script in _site_files(html_dir, ".js"):
        used.script_words.update(WORD.findall(script.read_text(encoding="utf-8", errors="replace")))
    return used


# --- a small CSS reader: comments, strings and nested blocks, enough for minified theme CSS ---


def _skip_string(css: str, i: int) -> int:
    quote = css[i]
    i += 1
    while i < len(css) and css[i] != quote:
        i += 2 if css[i] == "\\" else 1
    return i + 1


def _strip_comments(css: str) -> str:
    out, i = [], 0
    while i < len(css):
        if css.startswith("/*", i):
            end = css.find("*/", i + 2)
            i = len(css) if end < 0 else end + 2
        elif css[i] in "\"'":
            end = _skip_string(css, i)
            out.append(css[i:end])
            i = end
        else:
            out.append(css[i])
            i += 1
    return "".join(out)


def _block_end(css: str, i: int) -> int:
    """``css[i]`` is ``{``; the index just after its matching ``}``."""
    depth = 0
    while i < len(css):
        char = css[i]
        if char in "\"'":
            i = _skip_string(css, i)
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("a { block is never closed")


def _split_top_level(selector: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, char in enumerate(selector):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(selector[start:i])
            start = i + 1
    parts.append(selector[start:])
    return [part.strip() for part in parts if part.strip()]


def _required_parts(selector: str) -> str:
    """The selector without what need not match: (...) arguments and [attribute] tests."""
    out, depth = [], 0
    for char in selector:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _unescape(name: str) -> str:
    return re.sub(r"\\(.)", r"\1", name)


def selector_may_match(selector: str, used: UsedNames) -> bool:
    required = _required_parts(selector)
    return all(used.has_class(_unescape(c)) for c in SELECTOR_CLASS.findall(required)) and all(
        used.has_id(_unescape(i)) for i in SELECTOR_ID.findall(required)
    )


def prune(css: str, used: UsedNames) -> str:
    """``css`` with only the rules that may match a built page."""
    return _prune_rules(_strip_comments(css), used)


def _prune_rules(css: str, used: UsedNames) -> str:
    out, i = [], 0
    while i < len(css):
        brace, semicolon = css.find("{", i), css.find(";", i)
        prelude_end = brace if brace >= 0 else len(css)
        head = css[i:prelude_end].strip()
        if head.startswith("@") and 0 <= semicolon < prelude_end:  # @import, @charset, @layer a,b;
            out.append(css[i : semicolon + 1].strip())
            i = semicolon + 1
            continue
        if brace < 0:
            break
        end = _block_end(css, brace)
        body = css[brace + 1 : end - 1]
        if head.lower().startswith(GROUPING_AT_RULES):
            inner = _prune_rules(body, used)
            if inner:
                out.append(f"{head}{{{inner}}}")
        elif head.startswith("@"):
            out.append(f"{head}{{{body.strip()}}}")
        else:
            kept = [s for s in _split_top_level(head) if selector_may_match(s, used)]
            if kept:
                out.append(f"{','.join(kept)}{{{body.strip()}}}")
        i = end
    return "".join(out)


def prune_site_css(html_dir: Path, originals: Path, skip: tuple[str, ...] = ()) -> dict[str, tuple[int, int]]:
    """Cut every stylesheet under ``html_dir/_static`` in place (but those in ``skip``); returns
    name -> (before, after) bytes. ``originals`` keeps the uncut files between builds (outside
    the site)."""
    used = used_names(html_dir)
    record_path = originals / "pruned.json"
    record = json.loads(record_path.read_text(encoding="utf-8")) if record_path.is_file() else {}
    sizes = {}
    for sheet in sorted((html_dir / "_static").rglob("*.css")):
        name = sheet.relative_to(html_dir).as_posix()
        if name in skip:
            continue
        original = originals / name
        current = sheet.read_bytes()
        if record.get(name) != hashlib.sha256(current).hexdigest():  # a fresh copy from Sphinx
            original.parent.mkdir(parents=True, exist_ok=True)
            original.write_bytes(current)
        source = original.read_text(encoding="utf-8")
        pruned = prune(source, used)
        sheet.write_text(pruned, encoding="utf-8")
        record[name] = hashlib.sha256(pruned.encode("utf-8")).hexdigest()
        sizes[name] = (len(source.encode("utf-8")), len(pruned.encode("utf-8")))
    originals.mkdir(parents=True, exist_ok=True)
    record_path.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    return sizes

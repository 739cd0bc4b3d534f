"""Link each chapter's first use of a glossary term (the rule is in sse_course/book/glossary.py).

python -m sse_course.devtools.glossary --link book/*.md   # link first uses in place
python -m sse_course.devtools.glossary book/*.md          # list unlinked first uses
"""

from __future__ import annotations

import sys
from pathlib import Path

from sse_course.book.glossary import entries, link_first_uses, unlinked_first_uses


def main(args: list[str]) -> int:
    link = "--link" in args
    all_entries, missing = entries(), 0
    for path in (Path(a) for a in args if a != "--link"):
        source = path.read_text(encoding="utf-8")
        if link:
            path.write_text(link_first_uses(source, all_entries), encoding="utf-8")
        for name, line in unlinked_first_uses(path.read_text(encoding="utf-8"), all_entries):
            missing += 1
            print(f"{path}:{line}: first use of '{name}' is not linked to the glossary")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

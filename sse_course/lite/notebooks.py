"""The in-browser site's copies of the notebooks: what JupyterLite shows must read well in it.

- JupyterLite's Markdown is plain CommonMark: MyST roles and directives would show raw
  (``{cite:p}`key```, ``:::{admonition}`` fences). The copies get plain Markdown
  (:func:`sse_course.book.myst.plain_markdown`), as the learner versions do.
- A figure is put in the Markdown as a ``data:`` URL. JupyterLite finds a relative image through
  its service worker, which does not control a page on its first visit; without it, it inlines
  the file with ``btoa``, which fails on the SVGs' non-Latin-1 text (₹, …), so the figure would
  be missing on a learner's first visit. A notebook in another language (``atemdo.pt-BR.ipynb``)
  links the figure drawn in its language (``figures/pt-BR/atemdo-working-together.svg``, which
  sse_course/devtools/translated_notebooks.py writes with it), as its edition's page shows it.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from sse_course.book.myst import plain_markdown

IMAGE_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg"}
_IMAGE = re.compile(r"(!\[[^\]]*\]\()(?P<path>[^)\s]+)(\))")


def _inline_images(markdown: str, folder: Path) -> str:
    def data_url(match: re.Match) -> str:
        path = (folder / match["path"]).resolve()
        kind = IMAGE_TYPES.get(path.suffix)
        if "://" in match["path"] or kind is None or not path.is_file():
            return match[0]
        encoded = base64.b64encode(path.read_bytes()).decode()
        return f"{match[1]}data:{kind};base64,{encoded}{match[3]}"

    return _IMAGE.sub(data_url, markdown)


def _language(path: Path) -> str:
    """The language code of a notebook (``atemdo.pt-BR.ipynb``: pt_BR; ``atemdo.ipynb``: en)."""
    from sse_course.i18n.languages import language

    return language(path.stem.rsplit(".", 1)[1]).code if "." in path.stem else "en"


def site_copy(path: Path) -> str:
    """The notebook at ``path`` as the site offers it: the same cells, with plain Markdown."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    folder = path.parent.resolve()
    code = _language(path)  # a translated notebook's name says its language (atemdo.pt-BR.ipynb)
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            cell["source"] = _inline_images(plain_markdown(source, folder, code), folder)
    return json.dumps(notebook, ensure_ascii=False, indent=1) + "\n"

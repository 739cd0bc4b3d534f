"""The in-browser notebooks in the book (listed in ``_config.yml``'s extensions).

- Every case-study and exercise page gets a "Run in your browser" button among its launch
  buttons (Binder, Colab, JupyterHub). It opens the page's notebook in the book's ``lite/`` site
  in a new tab. Opened from the disk (file://), where a browser cannot run the site, the
  button says that the notebooks need the workshop server instead (``static/sse-lite.js``).
- After an HTML build, the ``lite/`` site is built into the book's folder (``build.py``), and
  rebuilt only when what goes into it has changed.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from sphinx.util import logging

from sse_course.i18n.interface import translated
from sse_course.lite import build

HERE = Path(__file__).resolve().parent
logger = logging.getLogger(__name__)
SITE = "lite"
BUTTON_LABEL = "run-in-browser"
# The button's words, in English (an edition's: in its language, contexts lite:<key>); what it says
# on a book opened from the disk is sse-lite.js's, in sse_course/build/site_words.py.
WORDS = {
    "button": "Run in your browser",
    "tooltip": "Run this notebook in your web browser: nothing to install",
    "launch": "Launch interactive content",
}


def notebook_page(app, pagename: str, context) -> str | None:
    """The repository path of the notebook behind ``pagename``, if it is one the site has."""
    if not pagename.startswith(build.CONTENTS) or Path(app.env.doc2path(pagename)).suffix != ".ipynb":
        return None
    return f"{pagename}.ipynb"


def add_run_in_browser_button(app, pagename, templatename, context, doctree) -> None:
    path = notebook_page(app, pagename, context)
    if path is None:
        return
    up = "../" * pagename.count("/")
    words = translated("lite", WORDS, app.config.language or "en")
    button = {
        "type": "link",
        "text": words["button"],
        "label": BUTTON_LABEL,
        "tooltip": words["tooltip"],
        "icon": "_static/images/logo_jupyterlite.svg",
        "url": f"{up}{SITE}/{build.notebook_url(path)}",
    }
    for group in context.get("header_buttons", []):
        if group.get("label") == "launch-buttons":
            group["buttons"].insert(0, button)
            break
    else:
        context.setdefault("header_buttons", []).append(
            {
                "type": "group",
                "tooltip": words["launch"],
                "icon": "fas fa-rocket",
                "buttons": [button],
                "label": "launch-buttons",
            }
        )


def add_button_script(app, pagename, templatename, context, doctree) -> None:
    # Early (priority 499): later handlers may replace the page's list of scripts with a copy
    # (sse_course's drop_thebe_scripts does), and a script added after that would be lost.
    if notebook_page(app, pagename, context) is not None:
        app.add_js_file("sse-lite.js", loading_method="defer")


def _inputs_digest(root: Path) -> str:
    """A digest of everything the site is made of, to rebuild it only when one of them changed."""
    digest = hashlib.sha256()
    folders = [root / "sse_course", *(root / c for c in build.CONTENTS), build.KERNEL_WHEELS, build.PYODIDE_NPM]
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(str(path.relative_to(folder)).encode())
                digest.update(path.read_bytes())
    # The figures' words: a translated notebook's copy inlines its figures in its language.
    for path in sorted((root / "locales").glob("*/LC_MESSAGES/figures.po")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_site(app, exception) -> None:
    if exception is not None or app.builder.format != "html" or not app.config.sse_lite_build:
        return
    root = Path(app.srcdir)
    out = Path(app.outdir) / SITE
    cache = Path(app.doctreedir).parent / "sse-lite"
    stamp = cache / "inputs.sha256"
    digest = _inputs_digest(root)
    if not (stamp.is_file() and stamp.read_text() == digest and (cache / "site" / "index.html").is_file()):
        notebooks = build.build(cache / "site", root)
        stamp.write_text(digest)
        logger.info(f"[sse] in-browser notebooks: {len(notebooks)} notebooks built into {SITE}/")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(cache / "site", out)


def setup(app):
    # False in a language's edition, which links the English book's site (sse_course/i18n/editions.py).
    app.add_config_value("sse_lite_build", True, "html")
    app.connect("builder-inited", lambda app: app.config.html_static_path.append(str(HERE / "static")))
    # After the theme's own launch buttons (priority 501), so their group exists.
    app.connect("html-page-context", add_button_script, priority=499)
    app.connect("html-page-context", add_run_in_browser_button, priority=502)
    app.connect("build-finished", build_site)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}

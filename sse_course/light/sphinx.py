"""Registers the light-and-offline steps with Sphinx (called from the course's extension).

- ``offline-save`` directive: the welcome page's "Save the whole course" box.
- every page: scripts deferred (``pages.defer_scripts``) and ``sse-offline.js`` added.
- after an HTML build: stylesheets cut to what the pages use and joined into one, the course's scripts
  minified, the page fixes, the manifest, icons and service worker (``prune_css``, ``scripts``, ``pages``,
  ``offline``).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from sse_course.i18n.interface import translated

from . import bundle_css, images, offline, pages, prune_css, scripts

logger = logging.getLogger(__name__)

COURSE_SCRIPTS = Path(__file__).resolve().parents[1] / "static"

# The box's words, in English (an edition's: in its language, contexts offline-save:<key>). The
# build writes the course's size in megabytes where {number} is (offline.fill_in_size).
SAVE_WORDS = {
    "intro": "You can keep the whole course on this device and read every page with no connection. "
    "It downloads about {size}, once. If you do not, only the pages you open are kept.",
    "save": "Save the whole course for offline reading (about {size})",
    "megabytes": "{number} MB",
    "remove": "Remove the saved course from this device",
    "saving": "Saving the course",
}
SIZE = '<span class="sse-offline-size">?</span>'


def save_box(language: str | None) -> str:
    """The box in ``language`` (a build's ``language``; None: English)."""
    words = {key: escape(text) for key, text in translated("offline-save", SAVE_WORDS, language or "en").items()}
    size = words["megabytes"].format(number=SIZE)
    return f"""<div class="sse-offline-save" hidden>
<p>{words["intro"].format(size=f"<strong>{size}</strong>")}</p>
<p><button type="button" class="sse-offline-start btn btn-primary">{words["save"].format(size=size)}</button>
<button type="button" class="sse-offline-undo btn btn-outline-primary" hidden>{words["remove"]}</button></p>
<progress class="sse-offline-progress" aria-label="{words["saving"]}" max="100" value="0" hidden></progress>
<p class="sse-offline-status" role="status" aria-live="polite"></p>
</div>
"""


class OfflineSaveDirective(SphinxDirective):
    """```{offline-save}``` — the "Save the whole course for offline reading" box. It shows only
    where it can work (a browser with service workers, over http or https)."""

    def run(self) -> list[nodes.Node]:
        return [nodes.raw("", save_box(self.config.language), format="html")]


def make_light(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    html_dir = Path(app.outdir)
    originals = Path(app.doctreedir).parent / "sse-generated" / "css-originals"
    sizes = prune_css.prune_site_css(html_dir, originals, skip=(bundle_css.BUNDLE,))
    before, after = sum(b for b, _ in sizes.values()), sum(a for _, a in sizes.values())
    logger.info(f"[sse] stylesheets cut to the rules the pages use: {before:,} -> {after:,} bytes")
    js_before, js_after = scripts.minify_course_scripts(html_dir, COURSE_SCRIPTS)
    logger.info(f"[sse] the course's scripts minified: {js_before:,} -> {js_after:,} bytes")
    images.shrink_rasters(html_dir)
    svg_before, svg_after = images.minify_svgs(html_dir)
    logger.info(f"[sse] SVG figures minified: {svg_before:,} -> {svg_after:,} bytes")
    start_page = app.builder.get_target_uri(app.config.root_doc)
    offline.write_manifest(html_dir, app.config.html_title or app.config.project, start_page, app.config.language)
    styles = bundle_css.write_bundle(html_dir, originals.parent / "stylesheet-order.json", pages.book_pages(html_dir))
    size = offline.gzip_size(html_dir, offline.course_files(html_dir))
    changed = pages.fix_pages(
        html_dir,
        bundle_css.link_bundle(styles),
        images.size_raster_tags,
        images.size_svg_tags,
        images.lazy_menu_icons,
        offline.fill_in_size(html_dir, size),
        language=app.config.language,
    )
    files = offline.course_files(html_dir)
    version = offline.write_service_worker(html_dir, files, size, start_page)
    logger.info(
        f"[sse] {changed} pages fixed; offline copy {version}: {len(files)} files, {offline.megabytes(size)} MB gzip"
    )


def setup(app) -> None:
    app.add_directive("offline-save", OfflineSaveDirective)
    app.add_js_file("sse-offline.js", loading_method="defer")
    app.connect("html-page-context", pages.drop_unused_scripts, priority=900)
    app.connect("html-page-context", pages.defer_scripts, priority=901)
    app.connect("build-finished", make_light, priority=900)

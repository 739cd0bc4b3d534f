"""Light and installable pages (issue 14): measured budgets, and the build steps that keep the
book under them.

- ``prune_css``: cut every stylesheet to the rules the built pages can use.
- ``pages``: small fixes to every built page (scripts deferred, search tools only on the search
  page, accessible names the theme leaves out, the web app manifest and service worker tags).
- ``offline``: the web app manifest, its icons and the versioned service worker.
- ``budgets``: the numbers, in one place, for the tests and ``make bench``.

The measuring tools are developer tools: ``devtools/gzip_server.py`` (serve the book with gzip,
as GitHub Pages or nginx do), ``devtools/lighthouse.py``, ``devtools/page_budgets.py`` and
``devtools/light_bench.py`` (the ``make bench`` tables).
"""

"""Light and installable pages (issue 14): measured budgets, and the build steps that keep the
book under them.

- ``prune_css``: cut every stylesheet to the rules the built pages can use.
- ``pages``: small fixes to every built page (scripts deferred, search tools only on the search
  page, accessible names the theme leaves out, the web app manifest and service worker tags).
- ``offline``: the web app manifest, its icons and the versioned service worker.
- ``gzip_server``: serve the built book with gzip, as GitHub Pages or nginx do, for measuring.
- ``lighthouse``: run Lighthouse's mobile preset on a page and read the figures that matter.
- ``budgets``: the numbers, in one place, for the tests and ``make bench``.
"""
